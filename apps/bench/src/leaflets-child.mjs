// Child-process entry of the benchmark's leaflets and pdfs stages: renders a bundle's leaflets
// (or, with `all`, every PDF: leaflets and handouts) in a fresh process (nothing parsed, shaped
// or converted yet, as in a real build) on this thread and `workers` more, and sends the timing
// and the load average to the parent. Loading the modules is not timed.
import {loadavg} from 'node:os'
import {readBundle} from '@samizdat/model'
import {writeOutputDir} from '@samizdat/output'
import {importBuilt} from './renderers.mjs'

const [bundleFile, workers, out, what = 'leaflets'] = process.argv.slice(2)
let message
try {
  const pdf = await importBuilt('@samizdat/render-pdf', 'renderPdf')
  if (pdf.missing !== undefined) {
    message = {skipped: pdf.missing}
  } else {
    const bundle = await readBundle(bundleFile)
    const only = {recommendations: new Set(bundle.recommendations.map((r) => r.slug)), pages: new Set(what === 'all' ? bundle.pages.map((p) => p.source) : [])}
    const cpu = process.cpuUsage()
    const started = performance.now()
    const result = await writeOutputDir(out, (dir) => pdf.fn(bundle, dir, {workers: Number(workers), only}))
    const used = process.cpuUsage(cpu)
    message = {ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, items: result.files.length, workers: result.workers, peakRss: process.resourceUsage().maxRSS * 1024, load: loadavg()[0]}
  }
} catch (error) {
  message = {failed: String(error?.message ?? error).split('\n')[0]}
}
process.send(message, () => process.exit(0))
