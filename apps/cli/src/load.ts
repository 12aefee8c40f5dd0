import {hasFailures, loadSite, type SiteBundle} from '@samizdat/model'
import type {WorkerPool} from '@samizdat/output'
import {contentDir} from './content-dir.js'
import {UsageError, type Io} from './io.js'
import {printDiagnostics, progress} from './report.js'

/** Load and check a content folder the way every command does; `ok` is false when the content fails. */
export async function loadChecked(options: {dir: string | undefined; strict: boolean; siteUrl: string | undefined; quiet?: boolean; cacheDir?: string; env?: Readonly<Record<string, string | undefined>>; pool?: WorkerPool; onParse?: () => void}, io: Io): Promise<{bundle: SiteBundle; root: string; stats: {parsed: number; cached: number}; ok: boolean}> {
  const root = contentDir(options.dir, io.cwd)
  if (options.siteUrl !== undefined && !/^https?:\/\/[^/]+/.test(options.siteUrl)) {
    throw new UsageError(`--site-url must be an absolute http(s) URL, not ${options.siteUrl}`)
  }
  progress(io, `parsing ${root}`)
  const stats = {parsed: 0, cached: 0}
  const timeout = pageTimeout()
  const bundle = await loadSite(root, {
    stats,
    ...(options.siteUrl === undefined ? {} : {siteUrl: options.siteUrl}),
    ...(options.cacheDir === undefined ? {} : {cacheDir: options.cacheDir}),
    ...(options.env === undefined ? {} : {env: options.env}),
    ...(timeout === undefined ? {} : {pageTimeoutMs: timeout}),
    ...(options.pool === undefined ? {} : {pool: options.pool}),
    ...(options.onParse === undefined ? {} : {onParse: options.onParse})
  })
  if (options.quiet !== true) printDiagnostics(bundle.diagnostics, root, io)
  return {bundle, root, stats, ok: !hasFailures(bundle.diagnostics, options.strict)}
}

/** `SAMIZDAT_PAGE_TIMEOUT` (seconds): how long one page may take to parse; unset, the model's default. */
function pageTimeout(): number | undefined {
  const value = process.env['SAMIZDAT_PAGE_TIMEOUT']
  if (value === undefined || value === '') return undefined
  const seconds = Number(value)
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`SAMIZDAT_PAGE_TIMEOUT must be a number of seconds, not ${value}`)
  return seconds * 1000
}
