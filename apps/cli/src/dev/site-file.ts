import {realpath, stat} from 'node:fs/promises'
import path from 'node:path'

/** Where a request path leads inside the site: a file, a folder that needs its trailing slash, or nothing. */
export type SiteFile = {kind: 'file'; file: string} | {kind: 'redirect'; location: string} | {kind: 'missing'} | {kind: 'refused'}

/**
 * Resolve a URL path (still percent-encoded, as in the request line) to a file of `siteDir`.
 * Each segment is decoded on its own, and a segment that decodes to `.`, `..` or contains a
 * slash, backslash or NUL is refused, so no spelling of `..` leaves the folder; the real path
 * is checked too, so a symbolic link cannot lead out either. Folders serve their `index.html`.
 */
export async function siteFile(siteDir: string, urlPath: string): Promise<SiteFile> {
  const segments: string[] = []
  for (const raw of urlPath.split('/').slice(1)) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return {kind: 'refused'}
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return {kind: 'refused'}
    segments.push(segment)
  }
  const file = path.join(siteDir, ...segments)
  const info = await stat(file).catch(() => null)
  if (info === null) return {kind: 'missing'}
  // Rebuilt from the decoded segments, so `//host` can never become a redirect to another site.
  if (info.isDirectory() && !urlPath.endsWith('/')) return {kind: 'redirect', location: `/${segments.filter((s) => s !== '').map(encodeURIComponent).join('/')}/`.replace(/^\/\/$/, '/')}
  const target = info.isDirectory() ? path.join(file, 'index.html') : file
  const [real, base] = await Promise.all([realpath(target).catch(() => null), realpath(siteDir).catch(() => null)])
  if (real === null || base === null) return {kind: 'missing'}
  if (!real.startsWith(`${base}${path.sep}`)) return {kind: 'refused'}
  return (await stat(real)).isFile() ? {kind: 'file', file: real} : {kind: 'missing'}
}
