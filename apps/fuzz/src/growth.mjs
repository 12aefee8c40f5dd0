#!/usr/bin/env node
// `node apps/fuzz/src/growth.mjs [--only NAME,...]`: how parse time grows with the input, for the
// cases the hardening issue names. Each size runs in a fresh child process; times are CPU
// milliseconds of `loadSite` on a folder holding the page (what a build spends parsing it).
// "growth" is the time ratio to the previous size divided by the size ratio: 1 is linear.
// Each child first parses the case's smallest page, so module loading and JIT warm-up are not counted.
import {fork} from 'node:child_process'
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {stress} from './stress.mjs'

/** The cases: name → sizes and the page for a size. */
export const cases = {
  'nested admonitions': {sizes: [10, 100, 1000], page: (n) => stress.nestedAdmonitions(n)},
  'nested lists': {sizes: [10, 100, 1000], page: (n) => stress.nestedLists(n)},
  'lines': {sizes: [1000, 10_000, 100_000], page: (n) => Array.from({length: n}, (_, i) => (i % 20 === 0 ? `\n## Part ${i}\n` : `Line ${i} with *some* text.`)).join('\n') + '\n'},
  '1 MB paragraph': {sizes: [10_000, 100_000, 1_000_000], page: (bytes) => stress.longParagraph(Math.round(bytes / 7.1)).slice(0, bytes)},
  'recommendation cards': {sizes: [100, 1000, 10_000], page: (n) => stress.manyCards(n)},
  'cards with one name': {sizes: [100, 1000, 10_000], page: (n) => stress.sameNameCards(n)}
}

if (process.argv[2] === '--child') {
  const [, , , name, size] = process.argv
  const {loadSite} = await import('@samizdat/model')
  const dir = await mkdtemp(path.join(tmpdir(), 'samizdat-growth-'))
  await mkdir(path.join(dir, 'docs'))
  await writeFile(path.join(dir, 'samizdat.yml'), 'site_name: Growth\nsite_url: https://growth.invalid/\nlanguage: en\n')
  // Warm up first (module loading, the processor, the JIT), so the figure is the page's own cost.
  await writeFile(path.join(dir, 'docs', 'index.md'), cases[name].page(cases[name].sizes[0]))
  await loadSite(dir, {workers: 0})
  const page = cases[name].page(Number(size))
  await writeFile(path.join(dir, 'docs', 'index.md'), page)
  const start = process.cpuUsage()
  const bundle = await loadSite(dir, {workers: 0})
  const used = process.cpuUsage(start)
  await rm(dir, {recursive: true, force: true})
  process.send({bytes: Buffer.byteLength(page), ms: (used.user + used.system) / 1000, warnings: bundle.diagnostics.filter((d) => d.severity !== 'note').length})
  process.exit(0)
}

const {values} = parseArgs({options: {only: {type: 'string'}}})
const script = fileURLToPath(import.meta.url)
const measure = (name, size) =>
  new Promise((resolve, reject) => {
    const child = fork(script, ['--child', name, String(size)], {execArgv: ['--max-old-space-size=4096']})
    child.on('message', resolve)
    child.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`${name} ${size}: exit ${code}`))))
  })
console.log('| case | size | input | CPU ms | ms/KB | growth vs previous size (1 = linear) |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const [name, {sizes}] of Object.entries(cases)) {
  if (values.only && !values.only.split(',').includes(name)) continue
  let previous = null
  for (const size of sizes) {
    const result = await measure(name, size)
    const growth = previous === null ? '' : ((result.ms / previous.ms) / (result.bytes / previous.bytes)).toFixed(2)
    console.log(`| ${name} | ${size.toLocaleString('en')} | ${(result.bytes / 1024).toFixed(1)} KB | ${Math.round(result.ms)} | ${(result.ms / (result.bytes / 1024)).toFixed(2)} | ${growth} |`)
    previous = result
  }
}
