import type {Element} from 'hast'
import {h} from 'hastscript'
import type {RenderContext} from '../types.js'
import {absoluteUrl} from '../urls.js'
import {fill} from '@samizdat/messages'

/** What a page says about itself to browsers, search engines and link previews. */
export interface PageMeta {
  /** The page's own title (the document title adds the site name). */
  title: string
  description: string
  /** Site-root-relative URL of the page, for `canonical` and `og:url`. */
  url: string
  type: 'website' | 'article'
  /** Share card inside `cards/`, when one exists: `signal-og.png`. */
  card: {file: string; width: number; height: number; alt: string} | null
  /** Pages that must not be indexed (404). */
  noindex?: boolean
}

/**
 * Only the site's own origin: scripts, styles, pictures, fonts and the search index.
 * `'wasm-unsafe-eval'` lets Pagefind start its WebAssembly; it allows no other origin.
 */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

/** The `<head>`: charset, CSP, viewport, title, description, canonical, Open Graph and Twitter meta, our stylesheet and scripts. */
export function headElement(meta: PageMeta, context: RenderContext, search: boolean): Element {
  const {site} = context.bundle
  const isHome = meta.url === '/'
  const documentTitle = isHome || meta.title === site.name ? site.name : fill(context.strings.documentTitle, {page: meta.title, site: site.name})
  const canonical = absoluteUrl(site.url, meta.url)
  const image = meta.card ? absoluteUrl(site.url, `/cards/${meta.card.file}`) : null
  const property = (name: string, content: string) => h('meta', {property: name, content})
  const named = (name: string, content: string) => h('meta', {name, content})
  return h('head', [
    h('meta', {charSet: 'utf-8'}),
    h('meta', {httpEquiv: 'Content-Security-Policy', content: contentSecurityPolicy}),
    named('viewport', 'width=device-width, initial-scale=1'),
    h('title', documentTitle),
    named('description', meta.description),
    named('color-scheme', 'light dark'),
    named('referrer', 'no-referrer'),
    ...(meta.noindex ? [named('robots', 'noindex')] : [h('link', {rel: 'canonical', href: canonical})]),
    property('og:type', meta.type),
    property('og:site_name', site.name),
    property('og:title', meta.title),
    property('og:description', meta.description),
    property('og:url', canonical),
    property('og:locale', ogLocale(site.language)),
    ...(meta.card && image
      ? [
          property('og:image', image),
          property('og:image:type', 'image/png'),
          property('og:image:width', String(meta.card.width)),
          property('og:image:height', String(meta.card.height)),
          property('og:image:alt', meta.card.alt)
        ]
      : []),
    named('twitter:card', image ? 'summary_large_image' : 'summary'),
    named('twitter:title', meta.title),
    named('twitter:description', meta.description),
    ...(meta.card && image ? [named('twitter:image', image), named('twitter:image:alt', meta.card.alt)] : []),
    h('link', {rel: 'icon', href: context.href('/_samizdat/favicon.svg'), type: 'image/svg+xml'}),
    h('link', {rel: 'stylesheet', href: context.href('/_samizdat/style.css')}),
    // The project's own (extra_css, extra_javascript): local files, after ours so they can override it.
    ...site.extraCss.map((asset) => h('link', {rel: 'stylesheet', href: context.href(assetPath(asset))})),
    h('script', {src: context.href('/_samizdat/site.js')}),
    ...site.extraJavascript.map((script) =>
      h('script', {src: context.href(assetPath(script.asset)), ...(script.module ? {type: 'module'} : {}), ...(script.async ? {async: true} : {}), ...(script.defer ? {defer: true} : {})})
    ),
    ...(search ? [h('script', {src: context.href('/_samizdat/search.js'), defer: true})] : [])
  ])
}

/** A site-root-relative path of an asset key, percent-encoded. */
function assetPath(key: string): string {
  return `/${key.split('/').map(encodeURIComponent).join('/')}`
}

/** `ru` → `ru_RU`, `en-GB` → `en_GB`: the form Open Graph expects. */
function ogLocale(language: string): string {
  const [lang = 'ru', region] = language.split(/[-_]/)
  return `${lang.toLowerCase()}_${(region ?? (lang.toLowerCase() === 'en' ? 'US' : lang)).toUpperCase()}`
}
