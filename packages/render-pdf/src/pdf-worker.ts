// A worker thread of the PDF pool: renders the leaflets and handouts it is sent, one at a time,
// with fonts parsed once for all of them. It gets the bundle without its pages once, at start;
// each handout job brings its page.
import {parentPort, workerData} from 'node:worker_threads'
import type {Page, SiteBundle} from '@samizdat/model'
import type {DrawnBox} from './canvas.js'
import {renderHandout} from './handout.js'
import {renderLeaflet} from './leaflet.js'
import type {PdfJob, PdfJobResult, WorkerSetup} from './pdf-pool.js'
import type {ResolvedOptions} from './options.js'

const setup = workerData as WorkerSetup
const bundle: SiteBundle = setup.bundle

parentPort?.on('message', async (job: PdfJob & {page?: Page}) => {
  const boxes: DrawnBox[] = []
  const options: ResolvedOptions = {
    leafletSize: setup.options.leafletSize,
    handoutSize: setup.options.handoutSize,
    tagged: setup.options.tagged,
    date: new Date(setup.options.date),
    workers: 0,
    onDraw: setup.report ? (_file, box) => boxes.push(box) : undefined,
    only: undefined
  }
  let reply: PdfJobResult
  try {
    const recommendation = job.kind === 'leaflet' ? bundle.recommendations[job.index] : undefined
    const made = recommendation ? await renderLeaflet(bundle, recommendation, options) : await renderHandout(bundle, job.page as Page, options)
    reply = {id: job.id, pdf: made.pdf, warnings: made.warnings, boxes}
  } catch (error) {
    reply = {id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)}
  }
  parentPort?.postMessage(reply)
})

// Loaded (pdfkit, fontkit, the renderer): ready for jobs.
parentPort?.postMessage({ready: true})
