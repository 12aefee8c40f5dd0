import {absoluteUrl} from './urls.js'

/** `sitemap.xml` for the given site-root-relative URLs, absolute from the site's URL. */
export function sitemapXml(siteUrl: string, urls: string[]): string {
  const escape = (text: string) =>
    text.replace(/[&<>"']/g, (char) => `&#${char.codePointAt(0)};`)
  const entries = urls.map((url) => `  <url><loc>${escape(absoluteUrl(siteUrl, url))}</loc></url>`)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</urlset>',
    ''
  ].join('\n')
}
