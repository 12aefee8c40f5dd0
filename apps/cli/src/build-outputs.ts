import path from 'node:path'
import {renderIncrementally, type IncrementalResult} from '@samizdat/incremental'
import type {SiteBundle} from '@samizdat/model'
import type {Io} from './io.js'
import {progress} from './report.js'
import {renderers, type OutputName, type RenderSettings, type Renderer} from './renderers.js'

/** What one output's incremental render did. */
export interface OutputBuilt {
  renderer: Renderer
  result: IncrementalResult
  milliseconds: number
}

/**
 * Render the selected outputs of a checked bundle under `out`, each incrementally against
 * the cache: the one build path that `samizdat build` and `samizdat dev` share.
 */
export async function buildOutputs(
  bundle: SiteBundle,
  out: string,
  cacheDir: string,
  selected: ReadonlySet<OutputName>,
  io: Io,
  settings: RenderSettings = {}
): Promise<OutputBuilt[]> {
  const built: OutputBuilt[] = []
  for (const renderer of renderers.filter((r) => selected.has(r.name))) {
    progress(io, `rendering ${renderer.folder}/`)
    const started = performance.now()
    const result = await renderIncrementally(bundle, path.join(out, renderer.folder), await renderer.create(bundle, out, settings), cacheDir)
    built.push({renderer, result, milliseconds: Math.round(performance.now() - started)})
  }
  return built
}
