// Does the `--expose-gc` flag slow the renderers that share the CLI process with the cards?
// Times renderPdf and renderHtml on the guide's bundle, each run in a fresh process, in three
// settings: never set; set for the whole process and left on (what the package did before);
// after renderCards, which sets it only while its raster pool is open. Needs the built packages
// and bundle:
//   npx tsc -p packages/render-cards && node packages/render-cards/bench/gc-flag.mjs [runs]
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

const self = fileURLToPath(import.meta.url)
const [phase, setting] = process.argv.slice(2)
const runs = phase === 'child' ? 0 : Number(phase ?? 5)

/** A fresh output folder for `work`, removed afterwards. */
async function inTemporaryDir(work) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cards-gc-flag-'))
  try {
    return await work(dir)
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

if (phase === 'child') {
  // JSON.parse rather than readBundle: the bench needs no parser built.
  const bundle = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('@samizdat/content/bundle.json')), 'utf8'))
  const {renderCards} = await import('@samizdat/render-cards')
  const {renderHtml} = await import('@samizdat/render-html')
  const {renderPdf} = await import('@samizdat/render-pdf')
  if (setting === 'flag-on') setFlagsFromString('--expose-gc')
  if (setting === 'after-cards') await inTemporaryDir((dir) => renderCards(bundle, dir))
  const gcSeen = runInNewContext('typeof gc')
  // The guide is small: repeat each renderer so its time is well above the timer's noise.
  let start = performance.now()
  for (let round = 0; round < 3; round++) await inTemporaryDir((dir) => renderPdf(bundle, dir))
  const pdf = (performance.now() - start) / 3
  start = performance.now()
  for (let round = 0; round < 20; round++) await inTemporaryDir((dir) => renderHtml(bundle, dir, {search: false}))
  const html = (performance.now() - start) / 20
  console.log(JSON.stringify({pdf, html, gcSeen}))
} else {
  const settings = ['plain', 'flag-on', 'after-cards']
  const times = Object.fromEntries(settings.map((name) => [name, {pdf: [], html: [], gcSeen: new Set()}]))
  for (let run = 0; run < runs; run++) {
    for (const name of settings) {
      const out = JSON.parse(execFileSync(process.execPath, [self, 'child', name], {encoding: 'utf8'}).trim().split('\n').at(-1))
      times[name].pdf.push(out.pdf)
      times[name].html.push(out.html)
      times[name].gcSeen.add(out.gcSeen)
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  for (const [name, {pdf, html, gcSeen}] of Object.entries(times)) {
    console.log(`${name}: renderPdf ${median(pdf).toFixed(0)} ms, renderHtml ${median(html).toFixed(1)} ms (median of ${pdf.length}; gc in new contexts: ${[...gcSeen].join('/')})`)
  }
}
