// One size of the benchmark, run in a child process of its own so its peak memory is its own.
import {fork} from 'node:child_process'
import {existsSync} from 'node:fs'
import {readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {commandFlags} from './command-flags.mjs'
import {generateCorpus, pageSource} from './generate-corpus.mjs'
import {generateGuide} from './generate-guide.mjs'
import {plainPipeline, runFloor} from './floor.mjs'
import {importBuilt, leafletWorkers, renderers} from './renderers.mjs'

// Pages the parse, the HTML renderer and the floor run on first, untimed, so neither side of
// the ratio pays for module loading and JIT warm-up that the other then gets for free.
const warmUpPages = 10

const here = path.dirname(fileURLToPath(import.meta.url))

const peakRss = () => process.resourceUsage().maxRSS * 1024

// Wall time, and CPU time of this process (all its threads) as a figure a busy machine disturbs less.
async function timed(work) {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const value = await work()
  const used = process.cpuUsage(cpu)
  return {ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, value}
}

/**
 * Generate a corpus of `pages` pages under `workDir` (or a guide of the real shape, `shaped`:
 * {pages, cards}, or take the content folder `guide` as it is) and time each stage on it: the
 * floor, parse (`loadSite`), each renderer in `only` writing through `writeOutputDir`, with
 * `leaflets` the leaflets alone and with `pdfs` every PDF, each on 1 thread and on 2.
 * Returns plain data: per stage its time, item count and the process's peak RSS after it.
 */
export async function measureSize({pages, guide, shaped, only, workDir}) {
  const {loadSite, writeBundle} = await importModel()
  const {writeOutputDir} = await import('@samizdat/output')
  const wanted = renderers.filter((r) => only.has(r.name))
  const loaded = new Map()
  for (const renderer of wanted) loaded.set(renderer.name, await importBuilt(renderer.specifier, renderer.exportName))
  if (only.has('html')) loaded.set('search', await importBuilt('@samizdat/render-html', 'buildSearchIndex'))

  const processor = plainPipeline()
  const warmUp = path.join(workDir, 'warm-up')
  await generateCorpus(warmUp, {pages: warmUpPages})
  const warmBundle = await loadSite(warmUp)
  runFloor(await readPages(warmUp, warmUpPages), processor)
  const html = loaded.get('html')
  // A renderer that fails here fails again below, where it is reported.
  if (html?.fn) await writeOutputDir(path.join(warmUp, 'out'), (dir) => html.fn(warmBundle, dir)).catch(() => {})

  let corpus
  let texts
  let result
  if (shaped !== undefined) {
    corpus = path.join(workDir, `guide-${shaped.pages}-${shaped.cards}`)
    const generated = await timed(() => generateGuide(corpus, shaped))
    texts = await readGuide(corpus)
    result = {pages: shaped.pages, label: `shaped ${shaped.pages}:${shaped.cards}`, corpusBytes: generated.value.bytes, generateMs: generated.ms, stages: {}}
  } else if (guide === undefined) {
    corpus = path.join(workDir, `corpus-${pages}`)
    const generated = await timed(() => generateCorpus(corpus, {pages}))
    texts = await readPages(corpus, pages)
    result = {pages, recommendations: generated.value.recommendations, corpusBytes: generated.value.bytes, generateMs: generated.ms, stages: {}}
  } else {
    corpus = path.resolve(guide)
    texts = await readGuide(corpus)
    result = {pages: texts.length, label: path.basename(corpus), corpusBytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0), stages: {}}
  }

  const floor = await timed(() => runFloor(texts, processor))
  result.stages.floor = {ms: floor.ms, cpuMs: floor.cpuMs, items: texts.length, unit: 'pages', peakRss: peakRss()}

  const parse = await timed(() => loadSite(corpus))
  const bundle = parse.value
  result.recommendations ??= bundle.recommendations.length
  const count = (severity) => bundle.diagnostics.filter((d) => d.severity === severity).length
  result.diagnostics = {errors: count('error'), warnings: count('warning')}
  result.stages.parse = {ms: parse.ms, cpuMs: parse.cpuMs, items: bundle.pages.length, unit: 'pages', peakRss: peakRss()}

  let buildMs = parse.ms
  let buildCpuMs = parse.cpuMs
  for (const renderer of wanted) {
    const {fn, missing} = loaded.get(renderer.name)
    if (missing !== undefined) {
      result.stages[renderer.name] = {skipped: missing}
      continue
    }
    const out = path.join(workDir, `out-${pages ?? result.label}`, renderer.folder)
    // The search index is a stage of its own: Pagefind's time is not the pages'.
    const search = renderer.name === 'html' ? loaded.get('search') : undefined
    const options = search?.fn === undefined ? {} : {searchIndex: false}
    let run
    try {
      run = await timed(() => writeOutputDir(out, (dir) => fn(bundle, dir, options)))
    } catch (error) {
      // One renderer's bug should not hide the others' figures.
      result.stages[renderer.name] = {failed: String(error?.message ?? error).split('\n')[0]}
      continue
    }
    buildMs += run.ms
    buildCpuMs += run.cpuMs
    result.stages[renderer.name] = {ms: run.ms, cpuMs: run.cpuMs, items: run.value.files.length, unit: 'files', peakRss: peakRss()}
    if (search?.fn === undefined) continue
    try {
      const index = await timed(() => search.fn(out))
      buildMs += index.ms
      buildCpuMs += index.cpuMs
      result.stages.search = {ms: index.ms, cpuMs: index.cpuMs, items: index.value.length, unit: 'files', peakRss: peakRss()}
    } catch (error) {
      result.stages.search = {failed: String(error?.message ?? error).split('\n')[0]}
    }
  }
  for (const what of ['leaflets', 'pdfs']) if (only.has(what)) await measureLeaflets(bundle, writeBundle, workDir, pages ?? result.label.replace(/\W+/g, '-'), result, what)
  result.buildMs = buildMs
  result.buildCpuMs = buildCpuMs
  result.peakRss = peakRss()
  return result
}

// The leaflets alone (`what`: leaflets) or every PDF (pdfs), each run in a fresh process (cold,
// as in a real build): on one thread, and on this thread plus a worker thread. Not part of the
// build total: the pdf stage already renders them, with its own choice of pool.
async function measureLeaflets(bundle, writeBundle, workDir, name, result, what) {
  const file = path.join(workDir, `bundle-${name}.json`)
  if (!existsSync(file)) await writeBundle(bundle, file)
  for (const workers of leafletWorkers) {
    const out = path.join(workDir, `out-${name}`, `${what}-${workers}`)
    const stage = await new Promise((resolve, reject) => {
      const child = fork(path.join(here, 'leaflets-child.mjs'), [file, String(workers), out, what === 'pdfs' ? 'all' : 'leaflets'], {execArgv: commandFlags, stdio: ['ignore', 'inherit', 'inherit', 'ipc']})
      let message
      child.on('message', (m) => (message = m))
      child.on('error', reject)
      child.on('exit', (code) => resolve(message ?? {failed: `the leaflets run ended with exit code ${code} and no result`}))
    })
    result.stages[`${what}-${workers + 1}`] = stage.ms === undefined ? stage : {...stage, unit: what === 'pdfs' ? 'PDFs' : 'leaflets'}
  }
}

async function importModel() {
  try {
    return await import('@samizdat/model')
  } catch (error) {
    throw new Error(`@samizdat/model is not built (${String(error.message).split('\n')[0]}): run npx turbo build first`)
  }
}

// Every Markdown page of a content folder (its docs/ when it has one), read before any timing.
async function readGuide(dir) {
  const docs = await readdir(path.join(dir, 'docs')).then(() => path.join(dir, 'docs'), () => dir)
  const entries = await readdir(docs, {recursive: true, withFileTypes: true})
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => path.join(e.parentPath, e.name)).sort()
  return Promise.all(files.map((file) => readFile(file, 'utf8')))
}

// Read once, before any timing: the floor times the pipeline, not the disk.
function readPages(corpus, pages) {
  return Promise.all(Array.from({length: pages}, (_, i) => readFile(path.join(corpus, 'docs', pageSource(i + 1)), 'utf8')))
}
