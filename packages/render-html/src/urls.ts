/**
 * Relative URL from the page at `from` to `to` (both site-root-relative, such as
 * `/recommendations/messengers/` and `/assets/x.svg#only-dark`), so that the site
 * works under any base path and opened from disk.
 */
export function relativeUrl(from: string, to: string): string {
  return relativeFrom(from)(to)
}

/**
 * {@link relativeUrl} with `from` fixed: splits the page's own URL once, since a page
 * links to many others (its navigation, the header, its stylesheet and scripts).
 */
export function relativeFrom(from: string): (to: string) => string {
  const fromDirs = from.split('/').slice(1, -1)
  return (to) => {
    const [toPath = '', ...rest] = to.split(/(?=[?#])/)
    const suffix = rest.join('')
    const toParts = toPath.split('/').slice(1)
    let common = 0
    while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++
    const up = '../'.repeat(fromDirs.length - common)
    const down = toParts.slice(common).join('/')
    // A first segment with a colon (`/a:b/` from `/`) would read as a URL scheme.
    const path = up === '' && /^[^/]*:/.test(down) ? `./${down}` : up + down
    return (path === '' ? (suffix.startsWith('#') ? '' : './') : path) + suffix
  }
}

/** The file a pretty URL is served from: `/a/b/` is `a/b/index.html`, `/` is `index.html`. */
export function fileForUrl(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '/'
  const relative = path.replace(/^\/+/, '')
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative
}

/** Absolute URL of a site-root-relative path, percent-encoded, for feeds, sitemaps and meta tags. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\/+/, ''), siteUrl).href
}
