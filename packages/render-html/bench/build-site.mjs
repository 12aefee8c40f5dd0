// Measures the site build for a bundle: render time without and with the Pagefind index,
// the size of what is written, and an incremental build of one changed page (render it and
// the site-wide files, link the rest from a full build, rebuild the index). Run after
// `npx turbo build` (it uses dist/ and the content bundle):
// node packages/render-html/bench/build-site.mjs [bundle.json]
import {link, mkdir, mkdtemp, readFile, rm, stat} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildSearchIndex, renderHtml} from '../dist/index.js'

const bundleFile = process.argv[2] ?? fileURLToPath(new URL('../../../content/dist/bundle.json', import.meta.url))
const bundle = JSON.parse(await readFile(bundleFile, 'utf8'))
const temporary = () => mkdtemp(path.join(tmpdir(), 'samizdat-bench-'))

async function timed(options) {
  const out = await temporary()
  const started = performance.now()
  const {files} = await renderHtml(bundle, out, options)
  const ms = performance.now() - started
  const sizes = {}
  for (const file of files) {
    const group = file.startsWith('pagefind/') ? 'search index' : file.includes('/fonts/') ? 'fonts' : file.endsWith('.html') ? 'html' : 'other'
    sizes[group] = (sizes[group] ?? 0) + (await stat(path.join(out, file))).size
  }
  await rm(out, {recursive: true})
  return {ms, files: files.length, sizes}
}

// One page changed: what `renderIncrementally` does with this renderer.
async function incremental(previous, units, source) {
  const out = await temporary()
  const started = performance.now()
  const result = await renderHtml(bundle, out, {only: {pages: new Set([source]), recommendations: new Set()}, searchIndex: false})
  const rendered = new Set(result.units.map((u) => `${u.kind}:${u.id}`))
  const kept = units.filter((u) => u.id !== 'search-index' && !rendered.has(`${u.kind}:${u.id}`)).flatMap((u) => u.files)
  for (const file of kept) {
    await mkdir(path.dirname(path.join(out, file)), {recursive: true})
    await link(path.join(previous, file), path.join(out, file))
  }
  const index = await buildSearchIndex(out)
  const ms = performance.now() - started
  await rm(out, {recursive: true})
  return {ms, files: result.files.length + kept.length + index.length, written: result.files.length + index.length}
}

const median = (runs) => runs.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(runs.length / 2)]
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
await timed({search: false}) // warm-up: module loading, font reads
for (const [label, options] of [['render only', {search: false}], ['render + search index', {}]]) {
  const runs = []
  for (let i = 0; i < 5; i++) runs.push(await timed(options))
  const {files, sizes} = runs[0]
  const total = Object.values(sizes).reduce((a, b) => a + b, 0)
  const parts = Object.entries(sizes).map(([k, v]) => `${k} ${kib(v)}`).join(', ')
  console.log(`${label}: median ${median(runs).toFixed(0)} ms of 5, ${files} files, ${kib(total)} (${parts})`)
}

const previous = await temporary()
const {units} = await renderHtml(bundle, previous)
const source = bundle.pages[0].source
const runs = []
for (let i = 0; i < 5; i++) runs.push(await incremental(previous, units, source))
console.log(`one page changed (${source}), rest linked, index rebuilt: median ${median(runs).toFixed(0)} ms of 5, ${runs[0].files} files, ${runs[0].written} written`)
await rm(previous, {recursive: true})
