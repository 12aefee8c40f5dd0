// Time per card (satori and resvg apart), cards per second with 0, 1 and 2 resvg workers, and
// the peak RSS for 300+ cards. Needs the built package and bundle:
//   npx tsc -p packages/render-cards && node packages/render-cards/bench/bench.mjs
// Each measurement runs in a fresh process so one's memory does not colour the next.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Resvg} from '@resvg/resvg-js'
import {cardJobs, cardToSvg, renderCards, svgToPng} from '@samizdat/render-cards'

const self = fileURLToPath(import.meta.url)
const [phase, arg] = process.argv.slice(2)

/** The real bundle with its recommendations repeated to `count`, each with its own slug. */
async function syntheticBundle(count) {
  // JSON.parse rather than readBundle: the bench needs no parser built.
  const bundle = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('@samizdat/content/bundle.json')), 'utf8'))
  const seed = bundle.recommendations
  const recommendations = Array.from({length: count}, (_, index) => {
    const base = seed[index % seed.length]
    return {...base, slug: `${base.slug}-${index}`, name: `${base.name} ${index}`, url: `/r/${base.slug}-${index}/`}
  })
  return {...bundle, pages: [], recommendations}
}

/** Run `work` while sampling RSS every 10 ms; resolves to the peak in MiB. */
async function peakRss(work) {
  let peak = process.memoryUsage.rss()
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10)
  await work()
  clearInterval(timer)
  return Math.max(peak, process.memoryUsage.rss()) / 2 ** 20
}

if (phase === 'split') {
  // satori and resvg apart, on this thread, per size.
  const jobs = [...cardJobs(await syntheticBundle(Number(arg)))]
  for (const job of jobs.slice(0, 6)) svgToPng((await cardToSvg(job.node(), job.size)).svg) // warm up
  const bySize = {}
  for (const job of jobs) {
    const key = `${job.size.width}x${job.size.height}`
    const entry = (bySize[key] ??= {cards: 0, satori: 0, resvg: 0})
    let start = performance.now()
    const {svg} = await cardToSvg(job.node(), job.size)
    entry.satori += performance.now() - start
    start = performance.now()
    svgToPng(svg)
    entry.resvg += performance.now() - start
    entry.cards++
  }
  console.log(JSON.stringify(bySize))
} else if (phase === 'render') {
  const [count, workers] = arg.split(':').map(Number)
  const bundle = await syntheticBundle(count)
  const out = mkdtempSync(path.join(tmpdir(), 'cards-bench-'))
  const start = performance.now()
  const peak = await peakRss(() => renderCards(bundle, out, {workers}))
  const ms = performance.now() - start
  if (process.env.BENCH_DEBUG) console.error(process.memoryUsage())
  rmSync(out, {recursive: true, force: true})
  console.log(JSON.stringify({cards: count * 3, workers, ms, peak}))
} else if (phase === 'leak') {
  // What happens without the per-card GC: resvg's buffers pile up outside the JS heap.
  const svgs = []
  for (const job of [...cardJobs(await syntheticBundle(3))].slice(0, 9)) svgs.push((await cardToSvg(job.node(), job.size)).svg)
  const peak = await peakRss(async () => {
    for (let index = 0; index < Number(arg); index++) {
      new Resvg(svgs[index % svgs.length], {font: {loadSystemFonts: false}}).render().asPng()
      if (index % 10 === 0) await new Promise((resolve) => setImmediate(resolve))
    }
  })
  console.log(JSON.stringify({cards: Number(arg), peak}))
} else {
  const run = (...args) => JSON.parse(execFileSync(process.execPath, [self, ...args], {encoding: 'utf8'}).trim().split('\n').at(-1))
  const split = run('split', '20')
  for (const [size, {cards, satori, resvg}] of Object.entries(split)) {
    console.log(`${size}: satori ${(satori / cards).toFixed(1)} ms, resvg ${(resvg / cards).toFixed(1)} ms per card (${cards} cards, one thread)`)
  }
  for (const workers of [0, 1, 2]) {
    const {cards, ms, peak} = run('render', `20:${workers}`)
    console.log(`renderCards, 60 cards, ${workers} worker(s): ${(ms / cards).toFixed(1)} ms per card, ${((cards * 1000) / ms).toFixed(1)} cards/s, peak RSS ${peak.toFixed(0)} MiB`)
  }
  for (const workers of [0, 2]) {
    const {cards, ms, peak} = run('render', `100:${workers}`)
    console.log(`renderCards, ${cards} cards, ${workers} worker(s): ${(ms / cards).toFixed(1)} ms per card, ${((cards * 1000) / ms).toFixed(1)} cards/s, peak RSS ${peak.toFixed(0)} MiB`)
  }
  const {peak: leak} = run('leak', '300')
  console.log(`resvg without the per-card GC, 300 cards: peak RSS ${leak.toFixed(0)} MiB`)
}
