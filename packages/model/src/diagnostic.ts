import type {Position, Point} from 'unist'
import type {Diagnostic, DiagnosticRule} from './types.js'

/** A diagnostic at a point of a file (1-based line and column; missing points mean the file's start). */
export function diagnostic(
  file: string,
  place: Position | Point | undefined,
  severity: Diagnostic['severity'],
  message: string,
  rule: DiagnosticRule
): Diagnostic {
  const point = place === undefined ? undefined : 'start' in place ? place.start : place
  return {file, line: point?.line ?? 1, column: point?.column ?? 1, severity, message, rule}
}

/** Compiler style, one line: `docs/a.md:3:5: warning: message [rule]`. `base` is prefixed to the file. */
export function formatDiagnostic(d: Diagnostic, base = ''): string {
  // `.` is the content folder itself (a bare folder has no config file to point at): no position.
  if (d.file === '.') return `${base === '' ? '.' : base}: ${d.severity}: ${d.message} [${d.rule}]`
  const file = base === '' ? d.file : `${base.replace(/\/+$/, '')}/${d.file}`
  return `${file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.rule}]`
}

/** Sort by file, then position, so output is stable however pages were read. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
}

/** Whether these diagnostics fail a build: any error, or under `strict` any warning. Notes never do. */
export function hasFailures(diagnostics: readonly Diagnostic[], strict = false): boolean {
  return diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'))
}
