import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'

/** A function a pool worker runs: an export of an ES module, by the module's URL and the export's name. */
export interface PoolTask {
  /** `import.meta.url`-style URL of a compiled ES module (a worker cannot load TypeScript). */
  module: string
  /** Name of the exported function; it takes one structured-cloneable input and may be async. */
  name: string
}

/** Options of one {@link WorkerPool.run}. */
export interface RunOptions {
  /**
   * Stop the task after this many milliseconds: its worker is terminated (a runaway parse
   * cannot be interrupted otherwise) and replaced, and `run` rejects with a {@link PoolTimeout}.
   */
  timeoutMs?: number
}

/** Thrown by {@link WorkerPool.run} when a task overran its `timeoutMs`. */
export class PoolTimeout extends Error {
  override name = 'PoolTimeout'
}

/**
 * Worker threads shared by every stage of a build (parsing, HTML, PDF, cards): the threads
 * start once, keep the modules they loaded, and run one task at a time each, in the order
 * tasks were submitted.
 */
export interface WorkerPool {
  /** How many threads the pool runs at most. */
  readonly size: number
  /**
   * Run `task` on the next free thread with `input`; resolves with what it returned. A
   * `Uint8Array` that owns its whole buffer is moved back, not copied. Callers bound how many
   * they submit at once (a stage streams its units), so no queue holds a whole output.
   */
  run<Output = unknown>(task: PoolTask, input: unknown, options?: RunOptions): Promise<Output>
  /** Stop every thread; tasks still queued reject. Idempotent. */
  close(): Promise<void>
}

/** Options of {@link workerPool}. */
export interface PoolOptions {
  /**
   * A thread with nothing to do for this long ends, and its memory (its heap, the modules it
   * loaded, what its last stage left) with it; the next task starts a new one. Default 500 ms:
   * long enough to carry a thread through a stage, short enough that a stage that does not
   * use the pool (or the main thread's work between stages) runs without idle threads' memory.
   */
  idleMs?: number
  /**
   * Each thread's young generation (V8's nursery), in MB. Default 16, a third of V8's own
   * default: a card thread frees its card's objects with a scavenge after every card, so a
   * larger nursery only holds more garbage (two card threads held 64 MB of nursery each on the
   * 60-page, 140-card guide). V8's `--max-semi-space-size`, when Node is given it, overrides
   * this for every thread.
   */
  youngGenerationMb?: number
}

/** The default pool size: one thread per core, at most 4. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(availableParallelism(), 4))
}

interface Job {
  id: number
  task: PoolTask
  input: unknown
  timeoutMs: number | undefined
  resolve: (output: unknown) => void
  reject: (error: Error) => void
}

interface Slot {
  worker: Worker
  job: Job | undefined
  timer: NodeJS.Timeout | undefined
  idle: NodeJS.Timeout | undefined
}

// A pool thread runs the tasks it is sent, one at a time, importing each task's module once and
// keeping it (its fonts, parsers, caches) for every later task of any stage. It is plain
// JavaScript evaluated as is, so the pool works the same from the TypeScript sources (tests)
// and from the build. Bytes that own their whole buffer move back without a copy; a view into
// a shared buffer (Node's small-Buffer pool) is copied, as moving it would take the pool along.
const workerSource = `
const {parentPort} = require('node:worker_threads')
const modules = new Map()
parentPort.on('message', async ({id, module, name, input}) => {
  try {
    let loaded = modules.get(module)
    if (!loaded) {
      loaded = import(module)
      modules.set(module, loaded)
    }
    const task = (await loaded)[name]
    if (typeof task !== 'function') throw new Error(module + ' exports no function ' + name)
    const output = await task(input)
    const whole = output instanceof Uint8Array && output.buffer instanceof ArrayBuffer && output.byteOffset === 0 && output.byteLength === output.buffer.byteLength
    parentPort.postMessage({id, output}, whole ? [output.buffer] : [])
  } catch (error) {
    parentPort.postMessage({id, error: String((error && error.stack) || error)})
  }
})
`

/**
 * A pool of up to `size` worker threads. Threads start when a task needs them (a build that
 * renders nothing starts none), end when idle for `idleMs`, and are unreferenced while idle,
 * so an open pool never keeps the process alive on its own. A thread that crashes or overruns
 * is replaced.
 */
export function workerPool(size = defaultPoolSize(), {idleMs = 500, youngGenerationMb = 16}: PoolOptions = {}): WorkerPool {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`workerPool: size must be a positive integer, got ${size}`)
  const slots: Slot[] = []
  const queue: Job[] = []
  let nextId = 0
  let closed = false

  const start = (): Slot => {
    const slot: Slot = {worker: new Worker(workerSource, {eval: true, resourceLimits: {maxYoungGenerationSizeMb: youngGenerationMb}}), job: undefined, timer: undefined, idle: undefined}
    slot.worker.on('message', (message: {id: number; output?: unknown; error?: string}) => {
      const job = slot.job
      if (!job || job.id !== message.id) return
      finish(slot)
      if (message.error !== undefined) job.reject(new Error(message.error))
      else job.resolve(message.output)
      dispatch()
      if (slot.job === undefined) slot.idle = setTimeout(() => retire(slot), idleMs).unref()
    })
    // A crash (an uncaught error, out of memory) fails the task it ran; a new thread takes over.
    slot.worker.on('error', (error) => replace(slot, error))
    slot.worker.on('exit', (code) => {
      if (!closed && slots.includes(slot)) replace(slot, new Error(`a pool worker exited with code ${code}`))
    })
    slot.worker.unref()
    slots.push(slot)
    return slot
  }

  const retire = (slot: Slot) => {
    const index = slots.indexOf(slot)
    if (index < 0 || slot.job !== undefined) return
    slots.splice(index, 1)
    void slot.worker.terminate()
  }

  const finish = (slot: Slot) => {
    clearTimeout(slot.timer)
    slot.timer = undefined
    slot.job = undefined
    slot.worker.unref()
  }

  const replace = (slot: Slot, error: Error) => {
    const index = slots.indexOf(slot)
    if (index < 0) return
    slots.splice(index, 1)
    const job = slot.job
    finish(slot)
    void slot.worker.terminate()
    job?.reject(error)
    dispatch()
  }

  const dispatch = () => {
    while (queue.length > 0 && !closed) {
      const slot = slots.find((candidate) => candidate.job === undefined) ?? (slots.length < size ? start() : undefined)
      if (!slot) return
      const job = queue.shift() as Job
      clearTimeout(slot.idle)
      slot.job = job
      slot.worker.ref()
      if (job.timeoutMs !== undefined) {
        slot.timer = setTimeout(() => replace(slot, new PoolTimeout(`the task ${job.task.name} took longer than ${job.timeoutMs} ms and was stopped`)), job.timeoutMs)
      }
      slot.worker.postMessage({id: job.id, module: job.task.module, name: job.task.name, input: job.input})
    }
  }

  return {
    size,
    run<Output>(task: PoolTask, input: unknown, options: RunOptions = {}): Promise<Output> {
      if (closed) return Promise.reject(new Error('the worker pool is closed'))
      return new Promise<Output>((resolve, reject) => {
        queue.push({id: nextId++, task, input, timeoutMs: options.timeoutMs, resolve: resolve as (output: unknown) => void, reject})
        dispatch()
      })
    },
    async close() {
      if (closed) return
      closed = true
      for (const job of queue.splice(0)) job.reject(new Error('the worker pool was closed before this task ran'))
      const stopping = slots.splice(0)
      for (const slot of stopping) {
        clearTimeout(slot.idle)
        slot.job?.reject(new Error('the worker pool was closed while this task ran'))
        finish(slot)
      }
      await Promise.all(stopping.map((slot) => slot.worker.terminate()))
    }
  }
}
