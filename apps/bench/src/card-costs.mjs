// Where a card's time goes: satori's layout, resvg's rasterising and the PNG encoding, timed
// apart on this thread for every card of a content folder (`node card-costs.mjs DIR [LIMIT]`).
import {loadSite} from '@samizdat/model'
import {cardJobs, cardToSvg} from '@samizdat/render-cards'
import {Resvg} from '@resvg/resvg-js'

const [dir, limit = '1000000'] = process.argv.slice(2)
const bundle = await loadSite(dir)
const jobs = [...cardJobs(bundle)].slice(0, Number(limit))
const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
const totals = {node: 0, satori: 0, raster: 0, encode: 0}
let svgBytes = 0
// The first card pays for loading fonts and JIT: measured, not counted.
await cardToSvg(jobs[0].node(), jobs[0].size)
for (const job of jobs) {
  let t = cpu()
  const node = job.node()
  totals.node += cpu() - t
  t = cpu()
  const {svg} = await cardToSvg(node, job.size)
  totals.satori += cpu() - t
  svgBytes += svg.length
  t = cpu()
  const image = new Resvg(svg, {font: {loadSystemFonts: false}}).render()
  totals.raster += cpu() - t
  t = cpu()
  image.asPng()
  totals.encode += cpu() - t
}
const per = (ms) => `${(ms / jobs.length).toFixed(1)} ms`
console.log(`${jobs.length} cards of ${dir}: per card (CPU) template ${per(totals.node)}, satori ${per(totals.satori)}, resvg render ${per(totals.raster)}, PNG encode ${per(totals.encode)}; SVG ${(svgBytes / jobs.length / 1024).toFixed(0)} KiB a card`)
