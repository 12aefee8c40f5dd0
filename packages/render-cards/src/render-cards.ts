import {availableParallelism} from 'node:os'
import type {SiteBundle} from '@samizdat/model'
import {writeFileIn} from '@samizdat/output'
import type {CardJob} from './card-job.js'
import {cardToSvg} from './card-to-svg.js'
import {pageCardJob} from './page-card.js'
import {rasterPool} from './raster-pool.js'
import {recommendationCardJobs} from './recommendation-cards.js'

/** Options of {@link renderCards}; every one has a default. */
export interface RenderCardsOptions {
  /**
   * Worker threads that run resvg while satori lays out the next card on this thread;
   * 0 does everything on this thread. Default: 2, capped by cores and cards (the faster
   * choice on a 2-core machine, see the readme's figures).
   */
  workers?: number
}

/** Everything {@link renderCards} wrote. */
export interface RenderCardsResult {
  /** Paths relative to the output folder, sorted: each PNG and the JSON beside it. */
  files: string[]
}

/** Every card of the bundle: three per recommendation, one Open Graph card per page. */
export function* cardJobs(bundle: SiteBundle): Generator<CardJob> {
  for (const recommendation of bundle.recommendations) yield* recommendationCardJobs(bundle, recommendation)
  for (const page of bundle.pages) yield pageCardJob(bundle, page)
}

/** How many cards of the bundle {@link cardJobs} yields, without building them. */
export function countCards(bundle: SiteBundle): number {
  return bundle.recommendations.length * 3 + bundle.pages.length
}

/**
 * Write the bundle's share cards into `outDir` (empty; the caller makes it atomic): for each
 * card a PNG and a JSON with its alt text, caption and URL. Cards are rendered one after the
 * other with a few in flight, so memory stays flat however many there are.
 */
export async function renderCards(bundle: SiteBundle, outDir: string, options: RenderCardsOptions = {}): Promise<RenderCardsResult> {
  const total = countCards(bundle)
  const workers = Math.max(0, Math.min(options.workers ?? 2, availableParallelism(), total))
  const pool = rasterPool(workers)
  const files: string[] = []
  const window = Math.max(2, workers * 2)
  const inFlight = new Set<Promise<void>>()
  let failure: unknown
  try {
    for (const job of cardJobs(bundle)) {
      if (failure !== undefined) break
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
  return {files: files.sort()}
}
