// Measures the site build for a bundle: render time without and with the Pagefind index,
// and the size of what is written. Run after `npx turbo build` (it uses dist/ and the
// content bundle): node packages/render-html/bench/build-site.mjs [bundle.json]
import {mkdtemp, readFile, readdir, rm, stat} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {renderHtml} from '../dist/index.js'

const bundleFile = process.argv[2] ?? fileURLToPath(new URL('../../../content/dist/bundle.json', import.meta.url))
const bundle = JSON.parse(await readFile(bundleFile, 'utf8'))

async function timed(options) {
  const out = await mkdtemp(path.join(tmpdir(), 'samizdat-bench-'))
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

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
await timed({search: false}) // warm-up: module loading, font reads
for (const [label, options] of [['render only', {search: false}], ['render + search index', {}]]) {
  const runs = []
  for (let i = 0; i < 5; i++) runs.push(await timed(options))
  const median = runs.map((r) => r.ms).sort((a, b) => a - b)[2]
  const {files, sizes} = runs[0]
  const total = Object.values(sizes).reduce((a, b) => a + b, 0)
  const parts = Object.entries(sizes).map(([k, v]) => `${k} ${kib(v)}`).join(', ')
  console.log(`${label}: median ${median.toFixed(0)} ms of 5, ${files} files, ${kib(total)} (${parts})`)
}
