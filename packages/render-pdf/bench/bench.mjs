// Time per leaflet and per handout, and PDF sizes, on the guide's content.
// Run after building (npx tsc -p packages/render-pdf): node packages/render-pdf/bench/bench.mjs
// To compare with an earlier build in the same run (same machine load), copy its dist/ (with
// package.json) somewhere under the repository before changing the code, then pass its index.js:
//   node packages/render-pdf/bench/bench.mjs packages/render-pdf/.before/dist/index.js
// Each document is timed on its own after a warm-up render; baseline and current alternate.
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {loadSite} from '@samizdat/model'
import * as current from '@samizdat/render-pdf'

const baseline = process.argv[2] ? await import(pathToFileURL(path.resolve(process.argv[2])).href) : null
const bundle = await loadSite(fileURLToPath(new URL('../../../content', import.meta.url)))
const rounds = Number(process.env.ROUNDS ?? 20)

/** Mean milliseconds per render and the size of the PDF, after one warm-up render. */
async function time(render) {
  await render()
  const started = performance.now()
  let size = 0
  for (let round = 0; round < rounds; round++) size = (await render()).pdf.length
  return {ms: (performance.now() - started) / rounds, kib: size / 1024}
}

const jobs = [
  ...bundle.recommendations.map((recommendation) => ({label: `leaflet ${recommendation.slug}`, run: (lib) => lib.renderLeaflet(bundle, recommendation, lib.resolveOptions())})),
  ...bundle.pages.map((page) => ({label: `handout ${page.key}`, run: (lib) => lib.renderHandout(bundle, page, lib.resolveOptions())}))
]
const width = Math.max(...jobs.map((job) => job.label.length))
const cell = ({ms, kib}) => `${ms.toFixed(1).padStart(7)} ms ${kib.toFixed(1).padStart(6)} KiB`
console.log(`${'document'.padEnd(width)}  ${baseline ? `${'before'.padEnd(21)}  ` : ''}now`)
let totals = {before: 0, now: 0}
for (const job of jobs) {
  const before = baseline ? await time(() => job.run(baseline)) : null
  const now = await time(() => job.run(current))
  totals = {before: totals.before + (before?.ms ?? 0), now: totals.now + now.ms}
  console.log(`${job.label.padEnd(width)}  ${before ? `${cell(before)}  ` : ''}${cell(now)}`)
}
console.log(`${'all documents, once each'.padEnd(width)}  ${baseline ? `${totals.before.toFixed(1).padStart(7)} ms${' '.repeat(12)}  ` : ''}${totals.now.toFixed(1).padStart(7)} ms`)
