// Where a card's CPU goes, per size: building its tree (template), satori's layout, resvg's
// rasterising, the PNG encoding and freeing its memory, each timed on this thread for every
// card of a content folder, as renderCards draws them. Then renderCards itself (on its worker
// pool) on the folder's cards and on three times as many, for the CPU per card at both counts.
//   node apps/bench/src/card-costs.mjs DIR [LIMIT]
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {loadSite} from '@samizdat/model'
import {cardJobs, cardToSvg, encodePng, releaseMemory, renderCards, renderSvg} from '@samizdat/render-cards'

const [dir, limit = '1000000'] = process.argv.slice(2)
const bundle = await loadSite(dir)
const jobs = [...cardJobs(bundle)].slice(0, Number(limit))
const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
const stages = ['template', 'satori', 'resvg', 'png', 'free']
const sizes = {}
let svgBytes = 0
// The first cards pay for loading fonts and JIT: drawn, not counted.
for (const job of jobs.slice(0, 3)) encodePng(renderSvg((await cardToSvg(job.node(), job.size)).svg))
for (const job of jobs) {
  const entry = (sizes[`${job.size.width}×${job.size.height}`] ??= {cards: 0, ...Object.fromEntries(stages.map((s) => [s, 0]))})
  let t = cpu()
  const node = job.node()
  entry.template += cpu() - t
  t = cpu()
  const {svg} = await cardToSvg(node, job.size)
  entry.satori += cpu() - t
  svgBytes += svg.length
  t = cpu()
  const image = renderSvg(svg)
  entry.resvg += cpu() - t
  t = cpu()
  encodePng(image)
  entry.png += cpu() - t
  t = cpu()
  await releaseMemory()
  entry.free += cpu() - t
  entry.cards++
}
const ms = (value) => `${value.toFixed(1)} ms`
let sum = 0
for (const [size, entry] of Object.entries(sizes)) {
  const total = stages.reduce((acc, s) => acc + entry[s], 0) / entry.cards
  sum += total
  console.log(`${size}: ${entry.cards} cards, per card (CPU) ${stages.map((s) => `${s} ${ms(entry[s] / entry.cards)}`).join(', ')}; total ${ms(total)}`)
}
console.log(`average across the ${Object.keys(sizes).length} sizes: ${ms(sum / Object.keys(sizes).length)} a card; SVG ${(svgBytes / jobs.length / 1024).toFixed(0)} KiB a card`)

// renderCards end to end, this process's CPU (all threads) per card, at 1× and 3× the cards.
for (const times of [1, 3]) {
  const repeated = {
    ...bundle,
    recommendations: Array.from({length: times}, (_, copy) => bundle.recommendations.map((r) => ({...r, slug: `${r.slug}-${copy}`}))).flat(),
    pages: Array.from({length: times}, (_, copy) => bundle.pages.map((p) => ({...p, source: p.source.replace(/\.md$/u, `-${copy}.md`)}))).flat()
  }
  const out = mkdtempSync(path.join(tmpdir(), 'card-costs-'))
  const started = cpu()
  const wall = performance.now()
  const {files} = await renderCards(repeated, out)
  const cards = files.filter((f) => f.endsWith('.png')).length
  console.log(`renderCards, ${cards} cards: ${ms((cpu() - started) / cards)} CPU a card (all threads), ${ms((performance.now() - wall) / cards)} wall a card, peak RSS so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`)
  rmSync(out, {recursive: true, force: true})
}
