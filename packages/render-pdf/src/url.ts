import type {SiteConfig} from '@samizdat/model'

/** An absolute URL for a site-root-relative href (`/recommendations/messengers/`), as a QR code should carry it. */
export function siteUrl(site: Pick<SiteConfig, 'url'>, href: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return href
  return new URL(href.replace(/^\/+/, ''), site.url).href
}

/**
 * A URL as people should type it: no `https://` (browsers add it), the host root without its
 * slash, and percent-escapes turned back into the letters they stand for.
 */
export function printedUrl(url: string): string {
  let shown = url.replace(/^https:\/\//i, '')
  if (/^[^/]+\/$/.test(shown)) shown = shown.slice(0, -1)
  try {
    return decodeURI(shown)
  } catch {
    return shown
  }
}
