import {readFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import type {OutputUnit, SiteBundle} from '@samizdat/model'
import {shareSite, type BuildSettings} from './context.js'
import {faviconSvg} from './favicon.js'
import {headersFile} from './headers-file.js'
import {markdownPage} from './pages/markdown-page.js'
import {recommendationPage} from './pages/recommendation-page.js'
import {generatedHomePage, notFoundPage} from './pages/special-pages.js'
import {searchFolder} from './search-index.js'
import {sitemapXml} from './sitemap.js'
import {largestTabSet, tabbedCss} from './tabbed-css.js'
import {fontFiles, ownFolder, themeCss} from './theme-css.js'
import {fileForUrl} from './urls.js'

/** A file of the site, with how to make its bytes (only called when its unit is rendered). */
export interface PlannedFile {
  path: string
  /** What it is, for error messages. */
  what: string
  content: () => string | Uint8Array | Promise<string | Uint8Array>
}

/** A unit of the site (see `OutputUnit`) and the files it writes. */
export interface PlannedUnit {
  kind: OutputUnit['kind']
  id: string
  files: PlannedFile[]
}

// Folders the site itself fills: a content asset must not land in them.
const reserved = [`${ownFolder}/`, `${searchFolder}/`, 'cards/', 'leaflets/']

const ownAsset = (name: string) => readFileSync(new URL(`../assets/${name}`, import.meta.url), 'utf8')

/**
 * Every file of the site by unit, without rendering any: a page per Markdown page and per
 * recommendation, then the site-wide files (home page fallback, 404, sitemap, assets,
 * stylesheet, icon, scripts, fonts). Planning all of them, even for an incremental build,
 * catches two units wanting the same file. The search index is not here: it is built over
 * the finished folder.
 */
export function planSite(bundle: SiteBundle, settings: BuildSettings, search: boolean): PlannedUnit[] {
  const units: PlannedUnit[] = []
  const taken = new Set<string>()
  const unit = (kind: OutputUnit['kind'], id: string, ...files: PlannedFile[]) => {
    for (const file of files) {
      if (taken.has(file.path)) throw new Error(`Two things want the same file ${file.path} (the second: ${file.what}). Rename one of them.`)
      taken.add(file.path)
    }
    if (files.length > 0) units.push({kind, id, files})
  }
  // Site-wide facts, once for every page (recomputing them per page made builds quadratic).
  const site = shareSite(bundle, settings)
  const pageFile = (url: string, content: () => string): PlannedFile => ({path: fileForUrl(url), what: `the page ${url}`, content})

  const urls: string[] = []
  for (const page of bundle.pages) {
    urls.push(page.url)
    unit('page', page.source, pageFile(page.url, () => markdownPage(site, page, search)))
  }
  if (!bundle.pages.some((page) => page.url === '/')) {
    urls.push('/')
    unit('site', 'home', pageFile('/', () => generatedHomePage(site, search)))
  }
  for (const recommendation of bundle.recommendations) {
    urls.push(recommendation.url)
    unit('recommendation', recommendation.slug, pageFile(recommendation.url, () => recommendationPage(site, recommendation, search)))
  }
  unit('site', '404', {path: '404.html', what: 'the 404 page', content: () => notFoundPage(site, search)})
  unit('site', 'sitemap', {path: 'sitemap.xml', what: 'the sitemap', content: () => sitemapXml(bundle.site.url, urls)})
  unit('site', 'headers', {path: '_headers', what: 'the HTTP headers file', content: headersFile})

  unit(
    'site',
    'assets',
    ...Object.entries(bundle.assets).map(([key, asset]) => {
      if (reserved.some((prefix) => key.startsWith(prefix))) {
        throw new Error(`The asset ${key} is inside ${key.split('/')[0]}/, which the site uses for its own files. Move it to another folder.`)
      }
      return {path: key, what: `the asset ${asset.path}`, content: () => Buffer.from(asset.data, 'base64')}
    })
  )
  unit('site', 'styles', {path: `${ownFolder}/style.css`, what: 'the stylesheet', content: () => `${themeCss()}\n${ownAsset('style.css')}\n${tabbedCss(largestTabSet(bundle))}\n`})
  unit('site', 'favicon', {path: `${ownFolder}/favicon.svg`, what: 'the icon', content: () => faviconSvg(bundle.site.name)})
  unit(
    'site',
    'scripts',
    {path: `${ownFolder}/site.js`, what: 'the site script', content: () => ownAsset('site.js')},
    ...(search ? [{path: `${ownFolder}/search.js`, what: 'the search script', content: () => ownAsset('search.js')}] : [])
  )
  unit('site', 'fonts', ...fontFiles().map((font) => ({path: font.path, what: `the font ${font.source}`, content: () => readFile(font.source)})))
  return units
}
