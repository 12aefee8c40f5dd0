import {readFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import type {SiteBundle} from '@samizdat/model'
import {writeFileIn} from '@samizdat/output'
import type {BuildSettings} from './context.js'
import {faviconSvg} from './favicon.js'
import {markdownPage} from './pages/markdown-page.js'
import {recommendationPage} from './pages/recommendation-page.js'
import {generatedHomePage, notFoundPage} from './pages/special-pages.js'
import {buildSearchIndex} from './search-index.js'
import {sitemapXml} from './sitemap.js'
import {fontFiles, ownFolder, themeCss} from './theme-css.js'
import type {RenderHtmlOptions, RenderHtmlResult} from './types.js'
import {fileForUrl} from './urls.js'

// Folders the site itself fills: a content asset must not land in them.
const reserved = [`${ownFolder}/`, 'pagefind/', 'cards/', 'leaflets/']

const ownAsset = (name: string) => readFileSync(new URL(`../assets/${name}`, import.meta.url), 'utf8')

/**
 * Write the static site for `bundle` into the empty folder `outDir`: a page per Markdown
 * page and per recommendation (pretty URLs), a 404 page, `sitemap.xml`, the pages'
 * assets, the stylesheet, scripts and fonts, and the Pagefind search index.
 */
export async function renderHtml(
  bundle: SiteBundle,
  outDir: string,
  options: RenderHtmlOptions = {}
): Promise<RenderHtmlResult> {
  const settings: BuildSettings = {
    cardFiles: new Set(options.cardFiles ?? []),
    leafletFiles: new Set(options.leafletFiles ?? [])
  }
  const search = options.search ?? true
  const files = new Map<string, string | Uint8Array>()
  const add = (path: string, data: string | Uint8Array, what: string) => {
    if (files.has(path)) throw new Error(`Two things want the same file ${path} (the second: ${what}). Rename one of them.`)
    files.set(path, data)
  }

  const pages: Array<{url: string; file: string; html: string}> = []
  for (const page of bundle.pages) {
    pages.push({url: page.url, file: fileForUrl(page.url), html: markdownPage(bundle, page, settings, search)})
  }
  if (!bundle.pages.some((page) => page.url === '/')) {
    pages.push({url: '/', file: 'index.html', html: generatedHomePage(bundle, settings, search)})
  }
  for (const recommendation of bundle.recommendations) {
    pages.push({
      url: recommendation.url,
      file: fileForUrl(recommendation.url),
      html: recommendationPage(bundle, recommendation, settings, search)
    })
  }
  for (const page of pages) add(page.file, page.html, `the page ${page.url}`)
  add('404.html', notFoundPage(bundle, settings, search), 'the 404 page')
  add('sitemap.xml', sitemapXml(bundle.site.url, pages.map((page) => page.url)), 'the sitemap')

  for (const [key, asset] of Object.entries(bundle.assets)) {
    if (reserved.some((prefix) => key.startsWith(prefix))) {
      throw new Error(`The asset ${key} is inside ${key.split('/')[0]}/, which the site uses for its own files. Move it to another folder.`)
    }
    add(key, Buffer.from(asset.data, 'base64'), `the asset ${asset.path}`)
  }

  add(`${ownFolder}/style.css`, `${themeCss()}\n${ownAsset('style.css')}`, 'the stylesheet')
  add(`${ownFolder}/site.js`, ownAsset('site.js'), 'the site script')
  add(`${ownFolder}/favicon.svg`, faviconSvg(bundle.site.name), 'the icon')
  for (const font of fontFiles()) add(font.path, await readFile(font.source), `the font ${font.source}`)
  if (search) {
    add(`${ownFolder}/search.js`, ownAsset('search.js'), 'the search script')
    for (const file of await buildSearchIndex(pages)) add(`pagefind/${file.path}`, file.content, 'the search index')
  }

  const names = [...files.keys()].sort()
  for (const name of names) await writeFileIn(outDir, name, files.get(name) ?? '')
  return {files: names}
}
