import {renderIncrementally, type IncrementalResult} from '@samizdat/incremental'
import type {SiteBundle} from '@samizdat/model'
import type {Io} from './io.js'
import {progress} from './report.js'
import type {OutputLayout} from './output-layout.js'
import {renderers, type BuildResources, type OutputName, type RenderSettings, type Renderer} from './renderers.js'

/** What one output's incremental render did. */
export interface OutputBuilt {
  renderer: Renderer
  result: IncrementalResult
  milliseconds: number
}

/**
 * Render the selected outputs of a checked bundle into the layout's folders, each incrementally
 * against its cache: the one build path that `samizdat build` and `samizdat dev` share.
 */
export async function buildOutputs(
  bundle: SiteBundle,
  layout: OutputLayout,
  selected: ReadonlySet<OutputName>,
  io: Io,
  settings: RenderSettings = {},
  resources: BuildResources = {}
): Promise<OutputBuilt[]> {
  const built: OutputBuilt[] = []
  for (const renderer of renderers.filter((r) => selected.has(r.name))) {
    progress(io, `rendering ${renderer.folder}/`)
    const started = performance.now()
    const result = await renderIncrementally(bundle, layout[renderer.folder], await renderer.create(bundle, layout, settings, resources), layout.cache)
    built.push({renderer, result, milliseconds: Math.round(performance.now() - started)})
  }
  return built
}
