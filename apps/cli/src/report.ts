import path from 'node:path'
import {formatDiagnostic, isCompleteRecommendation, type Diagnostic, type SiteBundle} from '@samizdat/model'
import type {Io} from './io.js'

/** Print diagnostics compiler style, with paths relative to where the command was run. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], root: string, io: Io): void {
  const base = path.relative(io.cwd, root).split(path.sep).join('/')
  for (const d of diagnostics) io.stderr.write(`${formatDiagnostic(d, base)}\n`)
}

/** `2 pages, 3 recommendations: 0 errors, 7 warnings`. */
export function summarise(bundle: SiteBundle): string {
  const count = (severity: Diagnostic['severity']) => bundle.diagnostics.filter((d) => d.severity === severity).length
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  return `${plural(bundle.pages.length, 'page', 'pages')}, ${plural(bundle.recommendations.length, 'recommendation', 'recommendations')}: ${plural(count('error'), 'error', 'errors')}, ${plural(count('warning'), 'warning', 'warnings')}`
}

/** `33 recommendation cards, 29 complete`: complete cards have a name, a summary and a homepage. */
export function cardsSummary(bundle: SiteBundle): string {
  const total = bundle.recommendations.length
  return `${total} recommendation card${total === 1 ? '' : 's'}, ${bundle.recommendations.filter(isCompleteRecommendation).length} complete`
}

/** Progress for people at a terminal; silent in pipes and CI logs. */
export function progress(io: Io, message: string): void {
  if (io.stderr.isTTY === true) io.stderr.write(`samizdat: ${message}\n`)
}

/** `parsed 1 page, 1 unchanged from the cache`. */
export function parseSummary(stats: {parsed: number; cached: number}): string {
  const cached = stats.cached > 0 ? `, ${stats.cached} unchanged from the cache` : ''
  return `parsed ${stats.parsed} page${stats.parsed === 1 ? '' : 's'}${cached}`
}
