import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import slugify from '@sindresorhus/slugify'
import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {fingerprint, type WorkerPool} from '@samizdat/output'
import {messagesFor} from '@samizdat/messages'
import {loadCustomIcons, type IconData as ThemeIcon} from '@samizdat/theme'
import {buildNav} from './build-nav.js'
import {compareDiagnostics, diagnostic} from './diagnostic.js'
import {embedAssets} from './embed-assets.js'
import {extractRecommendations, type RecommendationDraft} from './extract-recommendations.js'
import {headingIds} from './heading-ids.js'
import {listFiles, listStaticFiles} from './list-files.js'
import {loadConfig, type NavConfigEntry, type ProjectConfig} from './load-config.js'
import {pageKeyFromUrl, pageUrl, recommendationUrl, uniqueKeys} from './page-address.js'
import {ParseCache} from './parse-cache.js'
import type {ParsedPage} from './parse-page.js'
import {parsePages} from './parse-pages.js'
import {addIcon, resolveIcons} from './resolve-icons.js'
import {resolveTarget, resolveTargets, type SiteIndex} from './resolve-targets.js'
import {scanHtml} from './scan-html.js'
import {slugifier} from './slugify.js'
import {expandSnippets, originalPoint, type LineOrigin} from './snippets.js'
import {bundleVersion, type Diagnostic, type ExtraScript, type IconData, type Page, type Recommendation, type SiteBundle} from './types.js'

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
  /** The environment `!ENV` in mkdocs.yml reads. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>>
  /** How long one page may take to parse before it is stopped and reported (rule `parse-time`); default 30 s. */
  pageTimeoutMs?: number
  /** The build's shared worker threads (`workerPool()` of `@samizdat/output`) to parse on, instead of threads of its own. */
  pool?: WorkerPool
  /**
   * Called when some pages are not in the cache, with how many, before they are parsed: a
   * caller can prepare what it will do with them (load its renderers) while worker threads parse.
   */
  onParse?: (pages: number) => void
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
  const {config, diagnostics} = await loadConfig(root, options.env === undefined ? {} : {env: options.env})
  const fileOf = (source: string) => path.relative(root, path.join(config.docsDir, source)).split(path.sep).join('/')

  const files = (await listFiles(config.docsDir)).filter((f) => !config.excludeDocs(f))
  // The theme's static files (custom_dir) are served at the site root; the docs folder's files win.
  const docsFiles = new Set(files)
  const staticFiles = config.staticDir === null ? [] : (await listStaticFiles(config.staticDir)).filter((f) => !docsFiles.has(f))
  const fileSource = (key: string) => (docsFiles.has(key) || config.staticDir === null ? path.join(config.docsDir, ...key.split('/')) : path.join(config.staticDir, ...key.split('/')))
  const sources = files.filter((f) => /\.md$/i.test(f))
  if (sources.length === 0) {
    diagnostics.push(diagnostic(config.file ?? '.', undefined, 'error', `no Markdown pages in ${path.relative(process.cwd(), config.docsDir) || '.'}`, 'page-read'))
  }

  const custom = await loadIconSets(root, config.iconDirs, diagnostics)
  await checkAutoAppend(root, config, diagnostics)

  const cache = options.cacheDir === undefined ? null : new ParseCache(path.join(options.cacheDir, 'parse'), await fingerprint(['@samizdat/model'], import.meta.url, {cacheDir: options.cacheDir}))

  // Pass 1: parse each page once and learn its URL and anchors.
  const navTitles = collectNavTitles(config.nav)
  const read: Array<{source: string; file: string; text: string; origins: LineOrigin[] | null; result: ParsedPage | null}> = []
  // Snippet files are read once per build, however many pages include them.
  const snippetTexts = new Map<string, Promise<string>>()
  const snippetContext = {
    root,
    read: (file: string) => {
      let text = snippetTexts.get(file)
      if (text === undefined) snippetTexts.set(file, (text = readFile(file, 'utf8')))
      return text
    }
  }
  for (const source of sources) {
    const file = fileOf(source)
    try {
      let text = await readFile(path.join(config.docsDir, ...source.split('/')), 'utf8')
      let origins: LineOrigin[] | null = null
      if (config.snippets !== null) {
        const expanded = await expandSnippets(text, {file, dir: path.dirname(path.join(root, file))}, config.snippets, snippetContext)
        diagnostics.push(...expanded.diagnostics)
        // The cache is keyed by the text that is parsed, so a changed snippet re-parses its pages.
        text = expanded.text
        origins = expanded.origins
      }
      read.push({source, file, text, origins, result: cache === null ? null : await cache.get(file, text)})
    } catch (error) {
      diagnostics.push(diagnostic(file, undefined, 'error', `cannot read the page: ${(error as Error).message}`, 'page-read'))
    }
  }
  const misses = read.filter((r) => r.result === null)
  if (misses.length > 0) options.onParse?.(misses.length)
  const {parsed: fresh, workers} = await parsePages(misses, options.workers, options.pageTimeoutMs, options.pool)
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
  const {tabbed} = config
  const anchors = {
    slugify: slugifier(config.toc.slugify),
    separator: config.toc.separator,
    depth: config.toc.depth,
    tabs: {slugify: tabbed.slugify === null ? undefined : slugifier(tabbed.slugify), combineHeaderSlug: tabbed.combineHeaderSlug, separator: tabbed.separator}
  }
  const parsed = read.map(({source, file, origins, result}) => {
    diagnostics.push(...result!.diagnostics.map((d) => placed(d, file, origins)))
    const {toc, ids} = headingIds(result!.tree, anchors)
    return {source, file, origins, url: pageUrl(source, config.directoryUrls), result: result!, ids, toc}
  })
  const keys = uniqueKeys(parsed.map((p) => pageKeyFromUrl(p.url)))

  // Pass 2: resolve links, images and icons against the whole site.
  const site: SiteIndex = {
    pages: new Map(parsed.map((p) => [p.source, {url: p.url, ids: p.ids}])),
    files: new Set([...files, ...staticFiles]),
    urls: new Map(parsed.map((p) => [p.url, p.source])),
    publishActiveFiles: config.publishActiveFiles
  }
  const messages = messagesFor(config.language, config.messages)
  const icons: Record<string, IconData> = {}
  const usedAssets = new Set<string>()
  const pages: Page[] = []
  const drafts: RecommendationDraft[] = []
  for (const [index, p] of parsed.entries()) {
    const {tree, frontmatter, frontmatterNode} = p.result
    // Found against the parsed text; placed back where the author wrote it (a snippet, perhaps).
    const pageDiagnostics: Diagnostic[] = []
    for (const asset of resolveTargets(tree, p.source, p.file, site, pageDiagnostics)) usedAssets.add(asset)
    for (const asset of scanHtml(tree, p.source, p.file, site, pageDiagnostics)) usedAssets.add(asset)
    resolveIcons(tree, p.file, custom, icons, pageDiagnostics)
    const icon = frontmatterIcon(frontmatter['icon'])
    if (icon !== null && !addIcon(icon, custom, icons)) {
      pageDiagnostics.push(diagnostic(p.file, frontmatterNode?.position, 'warning', `unknown icon "${String(frontmatter['icon'])}" in front matter`, 'icon-unknown'))
    }
    const found = extractRecommendations(tree, {
      page: p.source,
      file: p.file,
      icon: (name) => (addIcon(name, custom, icons) ? name : null),
      slugOf: (text) => slugify(text) || 'recommendation',
      messages,
      diagnostics: pageDiagnostics
    })
    diagnostics.push(...pageDiagnostics.map((d) => placed(d, p.file, p.origins)))
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

  const recommendations = finishRecommendations(drafts, pages, config.directoryUrls)
  const extraCss = linkedFiles(config.extraCss.map(({path: target, index}) => ({target, keys: ['extra_css', index]})), 'extra_css', config, site, usedAssets, diagnostics)
  const extraJavascript: ExtraScript[] = []
  config.extraJavascript.forEach(({path: target, index, ...script}) => {
    const [asset] = linkedFiles([{target, keys: ['extra_javascript', index]}], 'extra_javascript', config, site, usedAssets, diagnostics)
    if (asset !== undefined) extraJavascript.push({asset, ...script})
  })
  notInNavNote(config, pages, diagnostics)
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
      docsDir: path.relative(root, config.docsDir).split(path.sep).join('/'),
      messages: config.messages,
      extraCss,
      extraJavascript,
      permalink: config.toc.permalink,
      tabbed: config.tabbed
    },
    nav: buildNav(config.nav, pages, config.file, diagnostics),
    pages,
    recommendations,
    icons: Object.fromEntries(Object.entries(icons).sort(([a], [b]) => (a < b ? -1 : 1))),
    assets: await embedAssets(fileSource, usedAssets, (key, removed) => {
      const file = path.relative(root, fileSource(key)).split(path.sep).join('/')
      diagnostics.push(diagnostic(file, {line: 1, column: 1}, 'warning', `this SVG is published without its active or external content (${removed.join(', ')}): the site's copy runs no script and requests nothing; remove them from the file to silence this`, 'active-content'))
    }),
    diagnostics: unique(diagnostics.sort(compareDiagnostics))
  }
}

// Slugs must be unique across the site and stable: a clash is settled by the page's key,
// never by reading order alone.
function finishRecommendations(drafts: RecommendationDraft[], pages: Page[], directoryUrls: boolean): Recommendation[] {
  const pageBySource = new Map(pages.map((p) => [p.source, p]))
  const counts = new Map<string, number>()
  for (const d of drafts) counts.set(d.baseSlug, (counts.get(d.baseSlug) ?? 0) + 1)
  const wanted = drafts.map((d) => ((counts.get(d.baseSlug) ?? 0) > 1 ? `${pageBySource.get(d.page)!.key}-${d.baseSlug}` : d.baseSlug))
  const slugs = uniqueKeys(wanted)
  return drafts.map(({baseSlug: _, ...draft}, index) => {
    const page = pageBySource.get(draft.page)!
    const slug = slugs[index]!
    page.recommendations.push(slug)
    // A card with no product heading above it is found by its own id, which is its slug.
    return {...draft, slug, anchor: draft.cardAnchor ? slug : draft.anchor, url: recommendationUrl(page.url, slug, directoryUrls)}
  })
}

/** A diagnostic found in the parsed text of `file`, moved to where its line was written. */
function placed(d: Diagnostic, file: string, origins: readonly LineOrigin[] | null): Diagnostic {
  if (origins === null || d.file !== file) return d
  return {...d, ...originalPoint(origins, file, d.line, d.column)}
}

// Text pulled into every page (an auto-appended glossary) reports its problems once, not once per page.
function unique(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d, i) => {
    const before = diagnostics[i - 1]
    return before === undefined || before.file !== d.file || before.line !== d.line || before.column !== d.column || before.message !== d.message
  })
}

// Every icon set of the project (custom_dir/.icons, pymdownx.emoji custom_icons, icons/): the first to name an icon wins.
async function loadIconSets(root: string, dirs: readonly string[], diagnostics: Diagnostic[]): Promise<Map<string, ThemeIcon>> {
  const icons = new Map<string, ThemeIcon>()
  for (const dir of dirs) {
    const set = await loadCustomIcons(dir)
    for (const problem of set.problems) diagnostics.push(diagnostic(relative(root, problem.file), undefined, 'warning', problem.message, 'icon-unknown'))
    for (const [name, icon] of set.icons) if (!icons.has(name)) icons.set(name, icon)
  }
  return icons
}

// An auto_append file that cannot be used is said once, at the config, not on every page.
async function checkAutoAppend(root: string, config: ProjectConfig, diagnostics: Diagnostic[]): Promise<void> {
  const snippets = config.snippets
  if (snippets === null) return
  for (const [index, written] of snippets.autoAppend.entries()) {
    const place = config.place(['markdown_extensions'])
    const candidates = snippets.basePaths.filter((b): b is string => b !== 'page').map((base) => path.resolve(base, written))
    const inside = candidates.filter((c) => !relative(root, c).startsWith('..') && !path.isAbsolute(relative(root, c)))
    if (inside.length === 0) {
      diagnostics.push(diagnostic(place.file, place, 'error', `auto_append file ${written} leaves the project; snippets are read only from inside it`, 'snippet'))
      continue
    }
    const exists = await Promise.all(inside.map((c) => stat(c).then((s) => s.isFile(), () => false)))
    if (!exists.includes(true)) {
      diagnostics.push(diagnostic(place.file, place, snippets.checkPaths ? 'error' : 'warning', `auto_append file not found: ${written} (entry ${index + 1}); add the file or fix the path`, 'snippet'))
    }
  }
}

// extra_css / extra_javascript: local files of the docs folder or the custom_dir, linked from every page.
function linkedFiles(entries: Array<{target: string; keys: Array<string | number>}>, key: string, config: ProjectConfig, site: SiteIndex, used: Set<string>, diagnostics: Diagnostic[]): string[] {
  const assets: string[] = []
  for (const {target, keys} of entries) {
    // Listed in the config by its author: a script or page here is published, whatever publish_active_files says.
    const resolved = resolveTarget(`/${target.replace(/^\/+/, '')}`, 'index.md', {...site, publishActiveFiles: true}, true)
    if (resolved.target.kind === 'asset' && resolved.target.asset !== undefined) {
      used.add(resolved.target.asset)
      assets.push(resolved.target.asset)
    } else {
      const place = config.place(keys)
      diagnostics.push(diagnostic(place.file, place, 'warning', `${key} file not found: ${target} (looked in the docs folder${config.staticDir === null ? '' : ' and the theme\'s custom_dir'}); add the file or remove the entry`, 'config'))
    }
  }
  return assets
}

// MkDocs lists pages that exist but are not in the nav, unless not_in_nav names them: once, as a note.
function notInNavNote(config: ProjectConfig, pages: readonly Page[], diagnostics: Diagnostic[]): void {
  if (config.nav === null) return
  const inNav = new Set<string>()
  const walk = (entries: readonly NavConfigEntry[]) => {
    for (const entry of entries) {
      if (entry.children !== null) walk(entry.children)
      else if (entry.target !== null) inNav.add(path.posix.normalize(entry.target))
    }
  }
  walk(config.nav)
  const left = pages.map((p) => p.source).filter((source) => !inNav.has(source) && !config.notInNav(source))
  if (left.length === 0) return
  const place = config.place(['nav'])
  const shown = left.slice(0, 5).join(', ') + (left.length > 5 ? `, and ${left.length - 5} more` : '')
  diagnostics.push(diagnostic(place.file, place, 'note', `${left.length} page${left.length === 1 ? ' is' : 's are'} not in the nav (${shown}); they are built and linked, but only search finds them unless they are added to nav (or listed under not_in_nav)`, 'nav'))
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/')
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
  return heading === undefined ? null : toString(heading, {includeHtml: false}).trim() || null
}

/** The start of the first paragraph that has text (a paragraph holding only an image or a tag has none). */
function firstParagraph(tree: Root): string {
  let text = ''
  for (const node of tree.children) {
    if (node.type === 'paragraph') text = toString(node, {includeHtml: false}).replace(/\s+/g, ' ').trim()
    if (text) break
  }
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
