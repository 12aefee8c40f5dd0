import {availableParallelism} from 'node:os'
import type {OutputUnit, RenderResult, RenderSelection, SiteBundle} from '@samizdat/model'
import {workerPool, writeFileIn, type PoolTask, type WorkerPool} from '@samizdat/output'
import {cardJobs, countCards} from './card-jobs.js'
import type {CardTaskInput} from './card-task.js'

/** Options of {@link renderCards}; every one has a default. */
export interface RenderCardsOptions {
  /**
   * The build's shared worker pool: each card is drawn (satori and resvg) on one of its
   * threads. The caller owns it and closes it. Absent: a pool of `workers` threads is made for
   * this call and closed at its end.
   */
  pool?: WorkerPool
  /**
   * Threads of the pool made when no `pool` is given; 0 draws every card on this thread.
   * Default: 2, capped by cores and cards; none below 6 cards (a thread's start-up, loading
   * satori and resvg, costs more than a few cards).
   */
  workers?: number
  /**
   * Render only these pages' and recommendations' cards (an incremental build's changed
   * units). Default: every card. Cards have no site-wide files, so nothing else is written.
   */
  only?: RenderSelection
}

/** Below this many cards, no worker is started (unless `workers` says so). */
const minimumCardsForWorkers = 6

/** Where a pool thread finds {@link renderCardPng}: the compiled module beside this one. */
const cardTask: PoolTask = {module: new URL('./card-task.js', import.meta.url).href, name: 'renderCardPng'}

// Run from the TypeScript sources (unit tests), there is no compiled task for a thread to load.
const compiled = !import.meta.url.endsWith('.ts')

/**
 * Write the bundle's share cards into `outDir` (empty; the caller makes it atomic): for each
 * card a PNG and a JSON with its alt text, caption and URL. This thread builds each card's tree
 * and writes the files; the pool's threads draw them, two cards per thread in flight at most,
 * so memory stays flat however many cards there are. The result lists the files by unit: a
 * recommendation's six, a page's two.
 */
export async function renderCards(bundle: SiteBundle, outDir: string, options: RenderCardsOptions = {}): Promise<RenderResult> {
  const total = countCards(bundle, options.only)
  const own = options.pool === undefined && compiled ? ownPoolSize(total, options.workers) : 0
  const pool = compiled ? (options.pool ?? (own > 0 ? workerPool(own) : undefined)) : undefined
  // Satori, resvg and their fonts load on the thread that draws: with a pool, not on this one.
  const here = pool ? undefined : await import('./card-task.js')
  const draw = (input: CardTaskInput): Promise<Uint8Array> => (here ? here.renderCardPng(input) : (pool as WorkerPool).run<Uint8Array>(cardTask, input))
  const units = new Map<string, OutputUnit>()
  const files: string[] = []
  const window = Math.max(2, (pool?.size ?? 0) * 2)
  const inFlight = new Set<Promise<void>>()
  let failure: unknown
  try {
    for (const job of cardJobs(bundle, options.only)) {
      if (failure !== undefined) break
      const key = `${job.unit.kind}:${job.unit.id}`
      const unit = units.get(key) ?? {...job.unit, files: []}
      units.set(key, unit)
      const task = draw({file: job.file, node: job.node(), size: job.size})
        .then(async (png) => {
          const json = job.file.replace(/\.png$/u, '.json')
          await writeFileIn(outDir, job.file, png)
          await writeFileIn(outDir, json, `${JSON.stringify(job.meta, null, 2)}\n`)
          files.push(job.file, json)
          unit.files.push(job.file, json)
        })
        .catch((error: unknown) => {
          failure ??= error
        })
        .finally(() => inFlight.delete(task))
      inFlight.add(task)
      if (inFlight.size >= window) await Promise.race(inFlight)
    }
    await Promise.all(inFlight)
  } finally {
    if (pool !== options.pool) await pool?.close()
  }
  if (failure !== undefined) throw failure
  for (const unit of units.values()) unit.files.sort()
  return {files: files.sort(), units: [...units.values()]}
}

function ownPoolSize(total: number, workers: number | undefined): number {
  return Math.max(0, Math.min(workers ?? (total < minimumCardsForWorkers ? 0 : 2), availableParallelism(), total))
}
