import {copyFile, link, mkdir, mkdtemp, readdir, rm, stat} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {IncrementalRenderer, UnitReads} from '@samizdat/incremental'
import type {RenderResult, RenderSelection, SiteBundle} from '@samizdat/model'
import {fingerprint, sourceDate, type WorkerPool} from '@samizdat/output'
import type {OutputFolder, OutputLayout} from './output-layout.js'

/** The outputs `samizdat build` can write. */
export type OutputName = 'html' | 'pdf' | 'cards'

/** Settings of `samizdat build` that change what a renderer writes (and so its cached outputs). */
export interface RenderSettings {
  /** Paper of the leaflets: `A5` (default) or `A4`. */
  leafletSize?: LeafletSize
}

/** What every renderer of one build shares and that does not change what it writes. */
export interface BuildResources {
  /** The build's worker threads, shared by its stages (parsing, cards); the build closes it. */
  pool?: WorkerPool
  /**
   * The process builds again after this build (`samizdat dev`): keep what is slow to start
   * (Pagefind's process) running for the next build; the caller stops it when it is done.
   */
  longLived?: boolean
}

/** Paper sizes `--leaflet-size` takes. */
export const leafletSizes = ['A5', 'A4'] as const

/** One of {@link leafletSizes}. */
export type LeafletSize = (typeof leafletSizes)[number]

/** One output of `samizdat build`: its folder of the layout, and how to render it incrementally. */
export interface Renderer {
  name: OutputName
  folder: OutputFolder
  create(bundle: SiteBundle, layout: OutputLayout, settings?: RenderSettings, resources?: BuildResources): Promise<IncrementalRenderer>
  /**
   * Start loading the renderer's code, for a build where a page changed: every page has its
   * HTML page and its handout, so those renderers will run (a page's cards show only its title,
   * description and icon, so the cards renderer has none). Imported while the pages parse on
   * worker threads, it takes time this thread would otherwise spend waiting for them.
   */
  prepare?: () => void
  /**
   * For a long-lived process (`samizdat dev`), while it waits for the first save: load the code
   * and do the one-time work of a first render (parsing fonts), so the first rebuild is as
   * fast as the later ones. Draws nothing that stays.
   */
  warm?: (bundle: SiteBundle) => Promise<void>
}

// A renderer's cached outputs are valid only for the code (and fonts, icons) that made them.
// The fingerprint is kept in the cache and trusted while the files it read keep their states.
const code = (name: string, layout: OutputLayout) => fingerprint([name], import.meta.url, {cacheDir: layout.cache})

// Each renderer is imported when it has something to render: a build with nothing changed
// loads none of them (nor satori, resvg, pdfkit or Pagefind), which is most of its start-up.
// The cards renderer alone, without satori and resvg: with the build's pool, cards are drawn
// on its threads, and loading them here too cost this thread 24 MB for nothing.
const renderCards: typeof import('@samizdat/render-cards/render-cards').renderCards = async (...args) => (await import('@samizdat/render-cards/render-cards')).renderCards(...args)
const renderPdf: typeof import('@samizdat/render-pdf').renderPdf = async (...args) => (await import('@samizdat/render-pdf')).renderPdf(...args)
const renderHtml: typeof import('@samizdat/render-html').renderHtml = async (...args) => (await import('@samizdat/render-html')).renderHtml(...args)
const buildSearchIndex: typeof import('@samizdat/render-html').buildSearchIndex = async (...args) => {
  searching = true
  return (await import('@samizdat/render-html')).buildSearchIndex(...args)
}
let searching = false

/** Stop what builds with `longLived` left running (Pagefind's process); loads nothing that was not loaded. */
export async function stopRenderers(): Promise<void> {
  if (searching) await (await import('@samizdat/render-html')).closeSearchService()
}
// A failure to load is reported where the renderer is used, not here.
const preload = (load: () => Promise<unknown>) => () => void load().catch(() => undefined)

// Cards and leaflets come first: the site serves copies of them (for Open Graph images and
// downloads), and links only to the ones that exist, so it never has a dead link.
export const renderers: Renderer[] = [
  {
    name: 'cards',
    folder: 'cards',
    create: async (bundle, layout, _settings, {pool} = {}) => ({
      name: 'cards',
      inputs: {code: await code('@samizdat/render-cards', layout)},
      reads: cardReads,
      render: (dir, only) => renderCards(bundle, dir, {...(only === undefined ? {} : {only}), ...(pool === undefined ? {} : {pool})})
    })
  },
  {
    name: 'pdf',
    folder: 'leaflets',
    create: async (bundle, layout, settings = {}) => {
      const leafletSize = settings.leafletSize ?? 'A5'
      // The date stamped into every PDF (SOURCE_DATE_EPOCH) is one of their inputs.
      return {name: 'pdf', inputs: {code: await code('@samizdat/render-pdf', layout), leafletSize, date: sourceDate().toISOString()}, render: (dir, only) => renderPdf(bundle, dir, {leafletSize, ...(only === undefined ? {} : {only})})}
    },
    prepare: preload(() => import('@samizdat/render-pdf')),
    // A handout's first render parses the fonts (fontkit), most of a one-page edit's PDF time.
    warm: (bundle) => aside(bundle, (dir, only) => renderPdf(bundle, dir, {only}))
  },
  {
    name: 'html',
    folder: 'site',
    prepare: preload(() => import('@samizdat/render-html')),
    // Not the search index: indexing a page aside would replace the index the build kept.
    warm: (bundle) => aside(bundle, (dir, only) => renderHtml(bundle, dir, {searchIndex: false, only})),
    async create(bundle, layout, _settings, {longLived = false} = {}) {
      const {cards, leaflets} = layout
      const [cardFiles, leafletFiles] = [await listFiles(cards), await listFiles(leaflets)]
      return {
        name: 'html',
        // Pages link only the cards and leaflets that exist, and every page shows the whole
        // navigation (which lists every recommendation): all inputs of every HTML unit.
        inputs: {code: await code('@samizdat/render-html', layout), cardFiles, leafletFiles, navigation: navigationInputs(bundle)},
        // The site serves the cards and leaflets as links to the very files: a card drawn anew
        // (a new file) must be linked again even when no page changed.
        siteInputs: {cards: await identities(cards, cardFiles), leaflets: await identities(leaflets, leafletFiles)},
        async render(dir, only): Promise<RenderResult> {
          const result = await renderHtml(bundle, dir, {cardFiles, leafletFiles, searchIndex: false, ...(only === undefined ? {} : {only})})
          const copies = [...cardFiles.map((f) => `cards/${f}`), ...leafletFiles.map((f) => `leaflets/${f}`)]
          for (const file of cardFiles) await linkOrCopy(path.join(cards, file), path.join(dir, 'cards', file))
          for (const file of leafletFiles) await linkOrCopy(path.join(leaflets, file), path.join(dir, 'leaflets', file))
          return {files: [...result.files, ...copies].sort(), units: [...result.units, {kind: 'site', id: 'served-outputs', files: copies}]}
        },
        // The search index covers every page, including the ones kept from the last build.
        // Pagefind runs only when the text it would index changed (a new index from the same
        // pages would be the same bytes); else the previous index is linked.
        finish: (dir) => buildSearchIndex(dir, {reuse: {from: layout.site, record: path.join(layout.cache, 'search-index.json')}, keepService: longLived})
      }
    }
  }
]

// Render the first page alone into a temporary folder, then remove it (Renderer.warm).
async function aside(bundle: SiteBundle, render: (dir: string, only: RenderSelection) => Promise<unknown>): Promise<void> {
  const page = bundle.pages[0]
  if (page === undefined) return
  const dir = await mkdtemp(path.join(tmpdir(), 'samizdat-warm-'))
  try {
    await render(dir, {pages: new Set([page.source]), recommendations: new Set()})
  } finally {
    await rm(dir, {recursive: true, force: true})
  }
}

/**
 * What a card shows of the site and of a page (render-cards' `pageCardJob`): the site's name,
 * address and language, and the page's title, description, icon and address. Not the page's
 * text or the navigation: editing a page's prose draws no card. (A recommendation's cards
 * depend on the recommendation alone, as for every renderer.)
 */
const cardReads: UnitReads = {
  site: (bundle) => bundle.site,
  page: (page, bundle) => [page.title, page.description, page.icon, page.icon === null ? null : bundle.icons[page.icon] ?? null, page.url, page.key]
}

/**
 * What the navigation every page shows is made of (render-html's `siteNavigation` derives it):
 * the nav, or the pages when there is none, and every recommendation's name and address under
 * its page. A superset is safe: it can only re-render more.
 */
function navigationInputs(bundle: SiteBundle): unknown {
  return {
    nav: bundle.nav,
    pages: bundle.nav.length > 0 ? null : bundle.pages.map((p) => [p.source, p.title, p.url]),
    recommendations: bundle.recommendations.map((r) => [r.page, r.name, r.url])
  }
}

// Which file each name is (a file written anew is a new inode; a kept one is the same file).
async function identities(dir: string, files: readonly string[]): Promise<Array<[string, number, number]>> {
  return Promise.all(files.map(async (file) => {
    const s = await stat(path.join(dir, file))
    return [file, s.ino, s.size] as [string, number, number]
  }))
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true}).catch(() => [])
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
}

// The site serves the very files the cards and leaflets outputs hold: linked, not copied.
async function linkOrCopy(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), {recursive: true})
  await link(from, to).catch(() => copyFile(from, to))
}
