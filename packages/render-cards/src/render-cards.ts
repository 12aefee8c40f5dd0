import {availableParallelism} from 'node:os'
import type {OutputUnit, RenderResult, RenderSelection, SiteBundle} from '@samizdat/model'
import {writeFileIn} from '@samizdat/output'
import {cardJobs, countCards} from './card-jobs.js'
import {cardToSvg} from './card-to-svg.js'
import {rasterPool} from './raster-pool.js'

/** Options of {@link renderCards}; every one has a default. */
export interface RenderCardsOptions {
  /**
   * Worker threads that run resvg while satori lays out the next card on this thread;
   * 0 does everything on this thread. Default: 2, capped by cores and cards (the faster
   * choice on a 2-core machine, see the readme's figures); none below 6 cards.
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

/**
 * Write the bundle's share cards into `outDir` (empty; the caller makes it atomic): for each
 * card a PNG and a JSON with its alt text, caption and URL. Cards are rendered one after the
 * other with a few in flight, so memory stays flat however many there are. The result lists
 * the files by unit: a recommendation's six, a page's two.
 */
export async function renderCards(bundle: SiteBundle, outDir: string, options: RenderCardsOptions = {}): Promise<RenderResult> {
  const total = countCards(bundle, options.only)
  // A worker costs its start-up (loading resvg): for a few cards, as after a one-page edit,
  // this thread draws them sooner.
  const workers = Math.max(0, Math.min(options.workers ?? (total < minimumCardsForWorkers ? 0 : 2), availableParallelism(), total))
  const units = new Map<string, OutputUnit>()
  const files: string[] = []
  const window = Math.max(2, workers * 2)
  const inFlight = new Set<Promise<void>>()
  let failure: unknown
  const pool = rasterPool(workers)
  try {
    for (const job of cardJobs(bundle, options.only)) {
      if (failure !== undefined) break
      const key = `${job.unit.kind}:${job.unit.id}`
      const unit = units.get(key) ?? {...job.unit, files: []}
      units.set(key, unit)
      const {svg, fallbacks} = await cardToSvg(job.node(), job.size)
      if (fallbacks.length > 0) {
        throw new Error(`Card ${job.file}: the card font has no glyph for ${JSON.stringify(fallbacks.join(''))}; drawableText() should have removed it`)
      }
      const task = pool
        .render(svg)
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
    await pool.close()
  }
  if (failure !== undefined) throw failure
  for (const unit of units.values()) unit.files.sort()
  return {files: files.sort(), units: [...units.values()]}
}
