import ignore from 'ignore'

/** A test for docs-relative paths (`blog/posts/a.md`) against `.gitignore`-style patterns. */
export type PathPatterns = (source: string) => boolean

/**
 * Compile MkDocs' `exclude_docs` / `not_in_nav` value (one `.gitignore` pattern per line, as
 * MkDocs reads them with pathspec): `/tutorials/**\/*.md`, `*.py`, `!keep.md`.
 */
export function pathPatterns(lines: string | readonly string[]): PathPatterns {
  const patterns = (typeof lines === 'string' ? lines.split(/\r?\n/) : lines).map((line) => line.trimEnd()).filter((line) => line !== '')
  if (patterns.length === 0) return () => false
  const matcher = ignore({allowRelativePaths: true}).add(patterns)
  return (source) => matcher.ignores(source)
}
