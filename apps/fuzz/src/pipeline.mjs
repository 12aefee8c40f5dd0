// One input through the whole pipeline, as a build runs it: the dialect's processor (with a
// round trip: parse, stringify, parse again), then `loadSite` on a folder holding the page,
// the HTML renderer and, when asked, the PDF and card renderers. Runs in a child process.
import {mkdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {mkdocsProcessor} from '@samizdat/mkdocs-markdown'
import {loadSite} from '@samizdat/model'
import {renderHtml} from '@samizdat/render-html'
import {renderPdf} from '@samizdat/render-pdf'
import {renderCards} from '@samizdat/render-cards'
import {VFile} from 'vfile'
import {firstDifference, withoutPositions} from './compare-trees.mjs'

/** The stages in the order they run; a run stops after `until`. */
export const stages = ['dialect', 'model', 'html', 'pdf', 'cards']

const processor = mkdocsProcessor()
const cpu = () => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

function parse(markdown) {
  const file = new VFile({path: 'fuzz.md', value: markdown})
  return processor.runSync(processor.parse(file), file)
}

/**
 * Run `markdown` through the stages named in `run` (a subset of {@link stages}), in `workDir`.
 * Resolves to `{times: {stage: cpu ms}, error?: {stage, message, stack}, difference?}`; never rejects.
 */
export async function runInput(markdown, run, workDir) {
  const times = {}
  let stage = 'dialect'
  const timed = async (name, fn) => {
    stage = name
    const start = cpu()
    try {
      return await fn()
    } finally {
      times[name] = Math.round((cpu() - start) * 10) / 10
    }
  }
  try {
    let difference = null
    if (run.includes('dialect')) {
      difference = await timed('dialect', () => {
        const tree = parse(markdown)
        const again = parse(processor.stringify(tree))
        return firstDifference(withoutPositions(tree), withoutPositions(again))
      })
    }
    const later = run.filter((name) => name !== 'dialect')
    if (later.length > 0) {
      await rm(workDir, {recursive: true, force: true})
      await mkdir(path.join(workDir, 'docs'), {recursive: true})
      await writeFile(path.join(workDir, 'samizdat.yml'), 'site_name: Fuzz\nsite_url: https://fuzz.invalid/\nlanguage: en\n')
      await writeFile(path.join(workDir, 'docs', 'index.md'), markdown)
      const bundle = await timed('model', () => loadSite(workDir, {workers: 0}))
      if (run.includes('html')) await timed('html', () => renderHtml(bundle, path.join(workDir, 'site'), {search: false}))
      if (run.includes('pdf')) await timed('pdf', () => renderPdf(bundle, path.join(workDir, 'leaflets')))
      if (run.includes('cards')) await timed('cards', () => renderCards(bundle, path.join(workDir, 'cards'), {workers: 0}))
      await rm(workDir, {recursive: true, force: true})
    }
    return difference === null ? {times} : {times, difference}
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error))
    return {times, error: {stage, message: err.message, stack: err.stack ?? ''}}
  }
}
