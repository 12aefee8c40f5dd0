import {createRequire} from 'node:module'
import {Worker} from 'node:worker_threads'
import {exposeGc, releaseMemory} from './release-memory.js'
import {renderSvg, resvgOptions} from './svg-to-png.js'

/** Turns card SVGs into PNG bytes, on this thread or on worker threads. */
export interface RasterPool {
  render(svg: string): Promise<Buffer>
  close(): Promise<void>
}

// The worker only rasterises: satori stays on the main thread with the templates, so the
// worker needs no TypeScript and no build, and is the same in tests and in production.
// It collects garbage once the cards drawn since the last collection hold `memoryBudget` of
// pixels, for the reason release-memory.ts gives (after every card, a full collection cost
// more than a fifth of the card), with a turn of
// the event loop on each side of the GC: jobs are queued and taken one per turn, because a
// message handler that renders back to back never lets Node run the native finalizers.
// The worker takes `gc` when it starts, which is while the pool's exposeGc lease is held (a
// worker that starts after the pool closed renders nothing, so it may go without).
const workerSource = `
const {parentPort, workerData} = require('node:worker_threads')
const {runInNewContext} = require('node:vm')
const {Resvg} = require(workerData.resvg)
const collect = runInNewContext('typeof gc === "function" ? gc : () => {}')
const queue = []
let held = 0
let running = false
parentPort.on('message', (job) => {
  queue.push(job)
  if (!running) {
    running = true
    setImmediate(next)
  }
})
function next() {
  const job = queue.shift()
  if (!job) {
    running = false
    return
  }
  try {
    const image = new Resvg(job.svg, workerData.options).render()
    held += image.width * image.height * 4
    parentPort.postMessage({id: job.id, png: image.asPng()})
  } catch (error) {
    parentPort.postMessage({id: job.id, error: String((error && error.stack) || error)})
  }
  if (held < workerData.budget) return setImmediate(next)
  held = 0
  setImmediate(() => {
    collect()
    setImmediate(next)
  })
}
`

/**
 * Pixels (in bytes) the cards drawn since the last garbage collection may hold outside the JS
 * heap before the next one: about ten Open Graph cards or four stories per thread.
 */
export const memoryBudget = 32 * 1024 * 1024

interface Pending {
  resolve: (png: Buffer) => void
  reject: (error: Error) => void
}

/**
 * A pool of `size` resvg workers; 0 renders on the calling thread. Jobs go to the worker with
 * the fewest in flight; the bytes do not depend on which worker drew them. `gc` is exposed to
 * new contexts from here until `close()` (see release-memory.ts).
 */
export function rasterPool(size: number): RasterPool {
  const endLease = exposeGc()
  if (size <= 0) {
    let held = 0
    return {
      async render(svg) {
        const image = renderSvg(svg)
        held += image.width * image.height * 4
        const png = image.asPng()
        if (held >= memoryBudget) {
          held = 0
          await releaseMemory()
        }
        return png
      },
      async close() {
        endLease()
      }
    }
  }
  const resvg = createRequire(import.meta.url).resolve('@resvg/resvg-js')
  const workers = Array.from({length: size}, () => {
    const worker = new Worker(workerSource, {eval: true, workerData: {resvg, options: resvgOptions, budget: memoryBudget}})
    const pending = new Map<number, Pending>()
    worker.on('message', ({id, png, error}: {id: number; png?: Uint8Array; error?: string}) => {
      const job = pending.get(id)
      pending.delete(id)
      if (error !== undefined || png === undefined) job?.reject(new Error(`resvg failed: ${error}`))
      else job?.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength))
    })
    worker.on('error', (error) => {
      for (const job of pending.values()) job.reject(error)
      pending.clear()
    })
    return {worker, pending}
  })
  let next = 0
  return {
    render(svg) {
      const target = workers.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best))
      const id = next++
      return new Promise((resolve, reject) => {
        target.pending.set(id, {resolve, reject})
        target.worker.postMessage({id, svg})
      })
    },
    async close() {
      await Promise.all(workers.map(({worker}) => worker.terminate()))
      endLease()
    }
  }
}
