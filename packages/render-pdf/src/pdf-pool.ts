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
 * Below this much work (a leaflet counts 1, a handout by its length), a worker costs more than
 * it saves: it loads pdfkit and fontkit (0.8 s of CPU on the busy 2-core build machine) and then
 * shapes, measures and converts every word and picture again before it is as fast as this
 * thread. On that machine a second thread did not pay even for 100 leaflets (+50% wall and CPU);
 * it can only pay where a core is idle, and only for a large site. Measured with `npm run bench`
 * (apps/bench): see the README's Speed section.
 */
export const minimumWorkForWorkers = 150

/** Rough cost of a job in leaflets: a handout costs by how many blocks its page has. */
export function jobCost(bundle: SiteBundle, job: Omit<PdfJob, 'id'>): number {
  if (job.kind === 'leaflet') return 1
  const page = bundle.pages[job.index]
  return 1 + (page ? page.tree.children.length / 12 : 0)
}

/**
 * How many worker threads to start besides this one for these jobs: none below
 * {@link minimumWorkForWorkers} or on two cores, else one per other core (at most 3). On two
 * cores the other core is already half busy with this thread's garbage collection and file
 * writes: the 200 PDFs of the bench's 60:140 guide took less wall time on one thread than on
 * two in all of ten alternating `npm run bench -- --shaped 60:140 --only pdfs` runs (4.2-6.1 s
 * against 4.8-6.9 s), and about 120 MB less memory.
 */
export function poolSize(bundle: SiteBundle, jobs: ReadonlyArray<Omit<PdfJob, 'id'>>, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.min(requested, jobs.length - 1))
  const work = jobs.reduce((sum, job) => sum + jobCost(bundle, job), 0)
  if (work < minimumWorkForWorkers || availableParallelism() <= 2) return 0
  return Math.max(0, Math.min(availableParallelism() - 1, 3, jobs.length - 1))
}

/**
 * Render jobs on this thread and on `workers` worker threads beside it, calling `done` with
 * each result as soon as it is made (one call at a time), so no finished PDF waits in memory
 * for the ones before it: groups run most expensive first, so in job order nearly every PDF
 * of a site would be held until the last group ended. Jobs go in groups: a page's handout with the leaflets of the
 * recommendations on it, which print the same logos, QR codes and words, so each thread
 * rasterises, encodes and shapes those once (a thread's first meeting with them was half the
 * cost of a cold run). Every thread takes the next group from one queue, the most expensive
 * first, so no thread is left with a long handout at the end, and an idle thread takes the last
 * job of a busy thread's group. A worker asks for jobs only once it has loaded, so this thread
 * is never kept waiting for one that is still starting. Documents depend only on their own
 * content, so the bytes are the same whichever thread made them.
 */
export async function renderJobs(
  bundle: SiteBundle,
  jobs: ReadonlyArray<Omit<PdfJob, 'id'>>,
  options: ResolvedOptions,
  workers: number,
  done: (job: PdfJob, made: PdfMade) => Promise<void>
): Promise<void> {
  const groups = jobGroups(bundle, jobs)
  const left = () => groups.length > 0 || threads.some((queue) => queue.length > 0)
  let failure: Error | undefined
  // Each thread's queue: the rest of the group it took.
  const threads: PdfJob[][] = Array.from({length: workers + 1}, () => [])
  const take = (thread: number): PdfJob | undefined => {
    if (failure) return undefined
    const own = threads[thread] as PdfJob[]
    if (own.length === 0) own.push(...(groups.shift() ?? []))
    if (own.length > 0) return own.shift()
    const busiest = threads.reduce((most, queue) => (queue.length > most.length ? queue : most), own)
    return busiest.pop()
  }
  // Results are handed on one at a time, in the order they are made.
  let flushing = Promise.resolve()
  const flush = (id: number, made: PdfMade) => {
    flushing = flushing.then(() => done({...(jobs[id] as Omit<PdfJob, 'id'>), id}, made))
    return flushing
  }

  const script = new URL('./pdf-worker.js', import.meta.url)
  // Run from TypeScript sources (unit tests), there is no compiled worker to start.
  const pool = workers > 0 && existsSync(fileURLToPath(script)) ? startWorkers(bundle, options, workers, script) : []
  const idle: Array<() => void> = []
  const working = pool.map(
    (worker, index) =>
      new Promise<void>((resolve, reject) => {
        let ready = false
        let inFlight = 0
        const fail = (error: Error) => {
          failure ??= error
          reject(failure)
        }
        const send = () => {
          // Two jobs in flight per worker: the next one is there when the last one ends.
          while (ready && inFlight < 2) {
            const job = take(index + 1)
            if (!job) break
            const page = job.kind === 'handout' ? bundle.pages[job.index] : undefined
            worker.postMessage({...job, ...(page ? {page} : {})})
            inFlight++
          }
          if (inFlight === 0 && (failure || !left())) resolve()
        }
        idle.push(send)
        worker.on('message', (message: PdfJobResult | {ready: true}) => {
          if ('ready' in message) {
            ready = true
            send()
            return
          }
          inFlight--
          if (message.error !== undefined) {
            fail(new Error(`rendering a PDF failed in a worker: ${message.error}`))
            return
          }
          flush(message.id, {pdf: Buffer.from(message.pdf.buffer, message.pdf.byteOffset, message.pdf.byteLength), warnings: message.warnings, boxes: message.boxes}).catch((error: unknown) => fail(error instanceof Error ? error : new Error(String(error))))
          send()
        })
        worker.on('error', fail)
      })
  )
  // This thread renders too, a job at a time, letting the workers' messages in between.
  const here = (async () => {
    for (let job = take(0); job; job = take(0)) {
      const made = await renderHere(bundle, job, options)
      // Not awaited: files are written on libuv's threads while this one renders the next job
      // (waiting for each write kept this thread idle for a tenth of a loaded run). A turn of
      // the event loop lets the writes' callbacks and the workers' messages in.
      flush(job.id, made).catch((error: unknown) => (failure ??= error instanceof Error ? error : new Error(String(error))))
      await new Promise((resolve) => setImmediate(resolve))
    }
    // Nothing left to take: workers still starting have nothing to wait for.
    for (const send of idle) send()
  })()
  try {
    await Promise.all([here, ...working])
    await flushing
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
}

/**
 * Jobs in groups that share what they print: a page's handout and the leaflets of the
 * recommendations on that page (a leaflet whose page has no handout job is grouped with the
 * others of its page). Groups go most expensive first; within a group too.
 */
export function jobGroups(bundle: SiteBundle, jobs: ReadonlyArray<Omit<PdfJob, 'id'>>): PdfJob[][] {
  const byPage = new Map<string, PdfJob[]>()
  for (const [id, job] of jobs.entries()) {
    const page = job.kind === 'handout' ? bundle.pages[job.index]?.source : bundle.recommendations[job.index]?.page
    const key = page ?? `${job.kind} ${job.index}`
    let group = byPage.get(key)
    if (!group) {
      group = []
      byPage.set(key, group)
    }
    group.push({...job, id})
  }
  const cost = (group: PdfJob[]) => group.reduce((sum, job) => sum + jobCost(bundle, job), 0)
  // The handout first: a thread that runs out of groups takes the cheap leaflets from the end.
  for (const group of byPage.values()) group.sort((a, b) => jobCost(bundle, b) - jobCost(bundle, a) || a.id - b.id)
  return [...byPage.values()].map((group) => ({group, cost: cost(group)})).sort((a, b) => b.cost - a.cost || (a.group[0] as PdfJob).id - (b.group[0] as PdfJob).id).map(({group}) => group)
}

async function renderHere(bundle: SiteBundle, job: PdfJob, options: ResolvedOptions): Promise<PdfMade> {
  const boxes: DrawnBox[] = []
  const local = {...options, onDraw: options.onDraw ? (_file: string, box: DrawnBox) => boxes.push(box) : undefined}
  const recommendation = job.kind === 'leaflet' ? bundle.recommendations[job.index] : undefined
  const page = job.kind === 'handout' ? bundle.pages[job.index] : undefined
  if (recommendation) return {...(await renderLeaflet(bundle, recommendation, local)), boxes}
  if (page) return {...(await renderHandout(bundle, page, local)), boxes}
  throw new Error(`no ${job.kind} ${job.index} in the bundle`)
}

function startWorkers(bundle: SiteBundle, options: ResolvedOptions, count: number, script: URL): Worker[] {
  const setup: WorkerSetup = {
    bundle: {...bundle, pages: []},
    options: {leafletSize: options.leafletSize, handoutSize: options.handoutSize, tagged: options.tagged, date: options.date.getTime()},
    report: options.onDraw !== undefined
  }
  return Array.from({length: count}, () => new Worker(script, {workerData: setup}))
}
