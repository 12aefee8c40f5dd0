import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {SiteBundle} from '@samizdat/model'
import type {DrawnBox} from './canvas.js'
import {renderHandout} from './handout.js'
import {renderLeaflet} from './leaflet.js'
import type {ResolvedOptions} from './options.js'

/** One document to render: a recommendation's leaflet or a page's handout, by index in the bundle. */
export interface PdfJob {
  id: number
  kind: 'leaflet' | 'handout'
  index: number
}

/** What rendering a job gave: the PDF and its warnings, the boxes it drew (when asked), or an error. */
export type PdfJobResult = {id: number; pdf: Uint8Array; warnings: string[]; boxes: DrawnBox[]; error?: undefined} | {id: number; error: string}

/** What a worker is started with: the bundle without its pages (each handout job brings its page) and the options. */
export interface WorkerSetup {
  bundle: SiteBundle
  options: {leafletSize: ResolvedOptions['leafletSize']; handoutSize: ResolvedOptions['handoutSize']; tagged: boolean; date: number}
  /** Whether to send back every drawn box (for `onDraw`). */
  report: boolean
}

/** A rendered document. */
export interface PdfMade {
  pdf: Buffer
  warnings: string[]
  boxes: DrawnBox[]
}

/**
 * Below this much work (a leaflet counts 1, a handout by its length), a pool costs more than it
 * saves: each worker loads pdfkit and fontkit and parses the fonts (about 0.3 s of CPU on an
 * idle core, several times that on a busy machine) before its first document. Measured with
 * `npm run bench` (apps/bench): see the README's Speed section.
 */
export const minimumWorkForWorkers = 60

/** Rough cost of a job in leaflets: a handout costs by how many blocks its page has. */
export function jobCost(bundle: SiteBundle, job: Omit<PdfJob, 'id'>): number {
  if (job.kind === 'leaflet') return 1
  const page = bundle.pages[job.index]
  return 1 + (page ? page.tree.children.length / 12 : 0)
}

/** How many workers to start for these jobs: none below {@link minimumWorkForWorkers}, else up to the cores (at most 4). */
export function poolSize(bundle: SiteBundle, jobs: ReadonlyArray<Omit<PdfJob, 'id'>>, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.min(requested, jobs.length))
  const work = jobs.reduce((sum, job) => sum + jobCost(bundle, job), 0)
  if (work < minimumWorkForWorkers) return 0
  return Math.max(0, Math.min(availableParallelism(), 4, jobs.length))
}

/**
 * Render jobs on `workers` worker threads (0: on this thread), calling `done` with each result
 * in job order. Documents depend only on their own content, so the bytes are the same whichever
 * thread made them; the most expensive jobs go first, so no worker is left with a long handout
 * at the end.
 */
export async function renderJobs(
  bundle: SiteBundle,
  jobs: ReadonlyArray<Omit<PdfJob, 'id'>>,
  options: ResolvedOptions,
  workers: number,
  done: (job: Omit<PdfJob, 'id'>, made: PdfMade) => Promise<void>
): Promise<void> {
  const script = new URL('./pdf-worker.js', import.meta.url)
  // Run from TypeScript sources (unit tests), there is no compiled worker to start.
  if (workers <= 0 || !existsSync(fileURLToPath(script))) {
    for (const job of jobs) {
      const boxes: DrawnBox[] = []
      const local = {...options, onDraw: options.onDraw ? (_file: string, box: DrawnBox) => boxes.push(box) : undefined}
      const recommendation = job.kind === 'leaflet' ? bundle.recommendations[job.index] : undefined
      const page = job.kind === 'handout' ? bundle.pages[job.index] : undefined
      const made = recommendation ? await renderLeaflet(bundle, recommendation, local) : page ? await renderHandout(bundle, page, local) : undefined
      if (made) await done(job, {...made, boxes})
    }
    return
  }
  const setup: WorkerSetup = {
    bundle: {...bundle, pages: []},
    options: {leafletSize: options.leafletSize, handoutSize: options.handoutSize, tagged: options.tagged, date: options.date.getTime()},
    report: options.onDraw !== undefined
  }
  const order = jobs.map((job, id) => ({...job, id})).sort((a, b) => jobCost(bundle, b) - jobCost(bundle, a) || a.id - b.id)
  const results = new Map<number, PdfMade>()
  let written = 0
  let failure: Error | undefined
  // Results are handed on in job order, whatever order the workers finish in.
  let flushing = Promise.resolve()
  const flush = () => {
    flushing = flushing.then(async () => {
      while (results.has(written)) {
        const made = results.get(written) as PdfMade
        results.delete(written)
        await done(jobs[written] as Omit<PdfJob, 'id'>, made)
        written++
      }
    })
    return flushing
  }
  const pool = Array.from({length: workers}, () => new Worker(script, {workerData: setup}))
  let next = 0
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0
            const send = () => {
              // Two jobs in flight per worker: the next one is there when the last one ends.
              while (inFlight < 2 && next < order.length && !failure) {
                const job = order[next++] as PdfJob
                const page = job.kind === 'handout' ? bundle.pages[job.index] : undefined
                worker.postMessage({...job, ...(page ? {page} : {})})
                inFlight++
              }
              if (inFlight === 0) resolve()
            }
            worker.on('message', (result: PdfJobResult) => {
              inFlight--
              if (result.error !== undefined) {
                failure ??= new Error(`rendering a PDF failed in a worker: ${result.error}`)
                reject(failure)
                return
              }
              results.set(result.id, {pdf: Buffer.from(result.pdf.buffer, result.pdf.byteOffset, result.pdf.byteLength), warnings: result.warnings, boxes: result.boxes})
              flush().catch((error: unknown) => {
                failure ??= error instanceof Error ? error : new Error(String(error))
                reject(failure)
              })
              send()
            })
            worker.on('error', (error) => {
              failure ??= error
              reject(error)
            })
            send()
          })
      )
    )
    await flush()
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
}
