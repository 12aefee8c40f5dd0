import {readFile} from 'node:fs/promises'
import path from 'node:path'
import slugify from '@sindresorhus/slugify'
import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {fingerprint} from '@samizdat/output'
import {loadCustomIcons} from '@samizdat/theme'
import {buildNav} from './build-nav.js'
import {compareDiagnostics, diagnostic} from './diagnostic.js'
import {embedAssets} from './embed-assets.js'
import {extractRecommendations, type RecommendationDraft} from './extract-recommendations.js'
import {headingIds} from './heading-ids.js'
import {listFiles} from './list-files.js'
import {loadConfig, type NavConfigEntry} from './load-config.js'
import {pageKeyFromUrl, pageUrl, uniqueKeys} from './page-address.js'
import {ParseCache} from './parse-cache.js'
import type {ParsedPage} from './parse-page.js'
import {parsePages} from './parse-pages.js'
import {addIcon, resolveIcons} from './resolve-icons.js'
import {resolveTargets, type SiteIndex} from './resolve-targets.js'
import {bundleVersion, type Diagnostic, type IconData, type Page, type Recommendation, type SiteBundle} from './types.js'

/** Options of {@link loadSite}. */
export interface LoadSiteOptions {
  /** Overrides the config's `site_url`. */
  siteUrl?: string
  /** Keep parsed pages in this folder between builds; unchanged pages are not parsed again. */
  cacheDir?: string
  /** Filled in with how many pages were parsed and how many came from the cache. */
  stats?: {parsed: number; cached: number; workers?: number}
  /** Worker threads for parsing; default: the machine's cores when there are enough pages to pay, else one. 0 parses in this thread, with no time limit. */
  workers?: number
  /** How long one page may take to parse before it is stopped and reported (rule `parse-time`); default 30 s. */
  pageTimeoutMs?: number
}

// Used when no site_url is configured: a reserved name, so a wrong absolute URL is obvious.
const placeholderUrl = 'https://example.invalid/'

/**
 * Load a content folder (a Samizdat folder, an MkDocs project or a bare folder of pages):
 * parse every page exactly once, resolve links, icons and assets, extract recommendations,
 * and return the bundle every renderer reads. Problems in the content become diagnostics,
 * never exceptions; only an unreadable folder throws.
 */
export async function loadSite(dir: string, options: LoadSiteOptions = {}): Promise<SiteBundle> {
  const root = path.resolve(dir)
  const {config, diagnostics} = await loadConfig(root)
  const fileOf = (source: string) => path.relative(root, path.join(config.docsDir, source)).split(path.sep).join('/')

  const files = await listFiles(config.docsDir)
  const sources = files.filter((f) => /\.md$/i.test(f))
  if (sources.length === 0) {
    diagnostics.push(diagnostic(config.file ?? '.', undefined, 'error', `no Markdown pages in ${path.relative(process.cwd(), config.docsDir) || '.'}`, 'page-read'))
  }

  const custom = await loadCustomIcons(config.iconsDir ?? path.join(root, '.no-icons'))
  for (const problem of custom.problems) {
    diagnostics.push(diagnostic(path.relative(root, problem.file).split(path.sep).join('/'), undefined, 'warning', problem.message, 'icon-unknown'))
  }

  const cache = options.cacheDir === undefined ? null : new ParseCache(path.join(options.cacheDir, 'parse'), await fingerprint(['@samizdat/model'], import.meta.url))

  // Pass 1: parse each page once and learn its URL and anchors.
  const navTitles = collectNavTitles(config.nav)
  const read: Array<{source: string; file: string; text: string; result: ParsedPage | null}> = []
  for (const source of sources) {
    const file = fileOf(source)
    try {
      const text = await readFile(path.join(config.docsDir, ...source.split('/')), 'utf8')
      read.push({source, file, text, result: cache === null ? null : await cache.get(file, text)})
    } catch (error) {
      diagnostics.push(diagnostic(file, undefined, 'error', `cannot read the page: ${(error as Error).message}`, 'page-read'))
    }
  }
  const misses = read.filter((r) => r.result === null)
  const {parsed: fresh, workers} = await parsePages(misses, options.workers, options.pageTimeoutMs)
  for (const [index, miss] of misses.entries()) {
    miss.result = fresh[index]!
    // Stored before the passes below add resolved links and ids to the tree.
    if (cache !== null && miss.result.failed !== true) await cache.set(miss.file, miss.text, miss.result)
  }
  if (options.stats !== undefined) {
    options.stats.parsed += misses.length
    options.stats.cached += read.length - misses.length
    options.stats.workers = Math.max(options.stats.workers ?? 0, workers)
  }
  const parsed = read.map(({source, file, result}) => {
    diagnostics.push(...result!.diagnostics)
    const {toc, ids} = headingIds(result!.tree)
    return {source, file, url: pageUrl(source), result: result!, ids, toc}
  })
  const keys = uniqueKeys(parsed.map((p) => pageKeyFromUrl(p.url)))

  // Pass 2: resolve links, images and icons against the whole site.
  const site: SiteIndex = {pages: new Map(parsed.map((p) => [p.source, {url: p.url, ids: p.ids}])), files: new Set(files), publishActiveFiles: config.publishActiveFiles}
  const icons: Record<string, IconData> = {}
  const usedAssets = new Set<string>()
  const pages: Page[] = []
  const drafts: RecommendationDraft[] = []
  for (const [index, p] of parsed.entries()) {
    const {tree, frontmatter, frontmatterNode} = p.result
    for (const asset of resolveTargets(tree, p.source, p.file, site, diagnostics)) usedAssets.add(asset)
    resolveIcons(tree, p.file, custom.icons, icons, diagnostics)
    const icon = frontmatterIcon(frontmatter['icon'])
    if (icon !== null && !addIcon(icon, custom.icons, icons)) {
      diagnostics.push(diagnostic(p.file, frontmatterNode?.position, 'warning', `unknown icon "${String(frontmatter['icon'])}" in front matter`, 'icon-unknown'))
    }
    const found = extractRecommendations(tree, p.source, p.file, icons, (text) => slugify(text) || 'recommendation', config.language, diagnostics)
    drafts.push(...found)
    pages.push({
      source: p.source,
      url: p.url,
      key: keys[index]!,
      title: stringField(frontmatter['title']) ?? navTitles.get(p.source) ?? firstHeading(tree) ?? titleFromFile(p.source),
      description: stringField(frontmatter['description']) ?? firstParagraph(tree),
      icon: icon !== null && Object.hasOwn(icons, icon) ? icon : null,
      frontmatter,
      tree,
      headings: p.toc,
      recommendations: []
    })
  }

  const recommendations = finishRecommendations(drafts, pages)
  const siteUrl = options.siteUrl ?? config.url
  if (siteUrl === null) {
    diagnostics.push(diagnostic(config.file ?? '.', undefined, 'note', `site_url is not set: absolute links (Open Graph, sitemap, QR codes) use ${placeholderUrl}; set site_url or pass --site-url`, 'config'))
  }

  return {
    version: bundleVersion,
    site: {
      name: config.name,
      description: config.description,
      url: normaliseSiteUrl(siteUrl ?? placeholderUrl),
      language: config.language,
      docsDir: path.relative(root, config.docsDir).split(path.sep).join('/')
    },
    nav: buildNav(config.nav, pages, config.file, diagnostics),
    pages,
    recommendations,
    icons: Object.fromEntries(Object.entries(icons).sort(([a], [b]) => (a < b ? -1 : 1))),
    assets: await embedAssets(config.docsDir, usedAssets, (key, removed) => {
      diagnostics.push(diagnostic(fileOf(key), {line: 1, column: 1}, 'warning', `this SVG is published without its active or external content (${removed.join(', ')}): the site's copy runs no script and requests nothing; remove them from the file to silence this`, 'active-content'))
    }),
    diagnostics: diagnostics.sort(compareDiagnostics)
  }
}

// Slugs must be unique across the site and stable: a clash is settled by the page's key,
// never by reading order alone.
function finishRecommendations(drafts: RecommendationDraft[], pages: Page[]): Recommendation[] {
  const pageBySource = new Map(pages.map((p) => [p.source, p]))
  const counts = new Map<string, number>()
  for (const d of drafts) counts.set(d.baseSlug, (counts.get(d.baseSlug) ?? 0) + 1)
  const wanted = drafts.map((d) => ((counts.get(d.baseSlug) ?? 0) > 1 ? `${pageBySource.get(d.page)!.key}-${d.baseSlug}` : d.baseSlug))
  const slugs = uniqueKeys(wanted)
  return drafts.map(({baseSlug: _, ...draft}, index) => {
    const page = pageBySource.get(draft.page)!
    const slug = slugs[index]!
    page.recommendations.push(slug)
    return {...draft, slug, url: `${page.url}${slug}/`}
  })
}

function collectNavTitles(nav: NavConfigEntry[] | null, titles = new Map<string, string>()): Map<string, string> {
  for (const entry of nav ?? []) {
    if (entry.children !== null) collectNavTitles(entry.children, titles)
    else if (entry.title !== null && entry.target !== null) titles.set(path.posix.normalize(entry.target), entry.title)
  }
  return titles
}

// Front matter uses the theme's path form (`material/message-text-outline`), shortcodes use dashes.
function frontmatterIcon(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/\//g, '-') : null
}

function stringField(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}

function firstHeading(tree: Root): string | null {
  const heading = tree.children.find((n) => n.type === 'heading' && n.depth === 1)
  return heading === undefined ? null : toString(heading).trim() || null
}

function firstParagraph(tree: Root): string {
  const paragraph = tree.children.find((n) => n.type === 'paragraph')
  const text = paragraph === undefined ? '' : toString(paragraph).replace(/\s+/g, ' ').trim()
  if (text.length <= 160) return text
  const cut = text.slice(0, 160)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 80)).replace(/[\s,.;:!?—-]+$/, '')}…`
}

function titleFromFile(source: string): string {
  const base = path.posix.basename(source, path.posix.extname(source))
  const name = /^(index|readme)$/i.test(base) ? path.posix.basename(path.posix.dirname(source)) || 'Home' : base
  const words = name.replace(/[-_]+/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function normaliseSiteUrl(url: string): string {
  return url.endsWith('/') ? url : `${url}/`
}

export type {Diagnostic}
