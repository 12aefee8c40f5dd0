import {formatDiagnostic, type SiteBundle} from '@samizdat/model'
import type {WorkerPool} from '@samizdat/output'
import type {Io} from '../io.js'
import {loadChecked} from '../load.js'
import {buildOutputs} from '../build-outputs.js'
import type {OutputLayout} from '../output-layout.js'
import {parseSummary, summarise} from '../report.js'
import {renderers} from '../renderers.js'

/** What one dev build did: a good build has a bundle and site files; a failed one has errors. */
export type BuildOutcome =
  | {ok: true; bundle: SiteBundle; root: string; siteFiles: ReadonlySet<string>; rendered: string[]; summary: string}
  | {ok: false; root: string | null; errors: string[]; summary: string}

/**
 * One incremental build for `samizdat dev`: the same steps as `samizdat build` (loadChecked,
 * then each renderer through renderIncrementally, sharing its cache under `OUT/.samizdat-cache`),
 * but it never throws: content errors and renderer failures come back as lines for the browser.
 * When the content fails nothing is written, so the last good site stays in place. `pool` is
 * the server's: its threads (and the parser they loaded) outlive a build, as Pagefind's process does.
 */
export async function buildSite(options: {dir: string | undefined; layout: OutputLayout; siteUrl: string | undefined; pool: WorkerPool}, io: Io): Promise<BuildOutcome> {
  const started = performance.now()
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(2)} s`
  let root: string | null = null
  const {pool} = options
  try {
    const cacheDir = options.layout.cache
    const loaded = await loadChecked({dir: options.dir, strict: false, siteUrl: options.siteUrl, cacheDir, pool}, io)
    root = loaded.root
    const {bundle, stats} = loaded
    if (!loaded.ok) {
      // Content-relative, as the author's editor names the file.
      const errors = bundle.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d))
      return {ok: false, root, errors, summary: `not rebuilt (${summarise(bundle)}) in ${seconds()}; still serving the last good site`}
    }
    const rendered = new Set<string>()
    const counts: string[] = []
    let siteFiles: ReadonlySet<string> = new Set()
    for (const {renderer, result} of await buildOutputs(bundle, options.layout, new Set(renderers.map((r) => r.name)), io, {}, {pool, longLived: true})) {
      for (const key of result.rendered) rendered.add(key)
      counts.push(`${renderer.folder} ${result.rendered.length} of ${result.rendered.length + result.kept.length}`)
      if (renderer.folder === 'site') siteFiles = new Set(result.files)
    }
    const parsed = parseSummary(stats)
    const units = rendered.size === 0 ? 'nothing new' : [...rendered].map((key) => key.replace(/^[a-z]+:/, '')).join(', ')
    return {ok: true, bundle, root, siteFiles, rendered: [...rendered], summary: `built in ${seconds()}: ${parsed}; rendered ${units} (units: ${counts.join(', ')})`}
  } catch (error) {
    // A renderer bug or an unreadable folder: shown like a content error, and the last site stays.
    const message = `internal error: ${(error as Error).message ?? String(error)}`
    if (process.env['SAMIZDAT_DEBUG']) io.stderr.write(`${(error as Error).stack ?? ''}\n`)
    return {ok: false, root, errors: [message], summary: `not rebuilt (${message}) in ${seconds()}; still serving the last good site`}
  }
}

/**
 * Between the first build and the first save: have a thread of `pool` load the parser (a page
 * parsed on it), and load the renderers a page edit needs and let each do its first render's
 * one-time work aside (see {@link Renderer.warm}), so the first save rebuilds as fast as the
 * later ones. A failure here is left for the next real build to report.
 */
export async function warmUp(bundle: SiteBundle, pool: WorkerPool): Promise<void> {
  const {parsePages} = await import('@samizdat/model/load')
  await parsePages([{file: 'warm-up.md', text: '# Warm-up\n\nA paragraph.\n'}], 1, undefined, pool).catch(() => undefined)
  for (const renderer of renderers) {
    await (renderer.warm?.(bundle) ?? Promise.resolve(renderer.prepare?.())).catch(() => undefined)
  }
}
