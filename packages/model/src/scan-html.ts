import type {Element, Root as HastRoot} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import type {Html, Root} from 'mdast'
import type {Point} from 'unist'
import {visit} from '@samizdat/mkdocs-markdown/visit'
import {themeVariant} from '@samizdat/mkdocs-markdown/tree'
import {diagnostic} from './diagnostic.js'
import {publishedFile, resolveTarget, type SiteIndex} from './resolve-targets.js'
import type {Diagnostic, ResolvedTarget} from './types.js'

/** The attributes that hold an address, by element: what a page's raw HTML links to or loads. */
const addressAttributes: Record<string, string[]> = {
  a: ['href'],
  img: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  source: ['src'],
  track: ['src'],
  iframe: ['src']
}

/** Elements the site drops with their behaviour: they only work with scripts, which it does not run. */
const inert = new Set(['script', 'style', 'input', 'button', 'select', 'textarea', 'form', 'object', 'embed'])

/** What the raw HTML of a page lost, for one diagnostic per page. */
interface Dropped {
  /** Elements and event-handler attributes: their behaviour is gone. */
  active: Array<{what: string; place: Point}>
  /** `style` attributes: only their look is gone. */
  styles: Point[]
}

/**
 * Read the raw HTML of a page once (each `html` node, as a fragment): decide where its links,
 * pictures and media point (`data.targets`, read as the browser reads them, relative to the page's
 * URL, since MkDocs leaves raw HTML as written), report addresses that lead nowhere, and say once
 * per page what the site will drop: scripts, styles, event handlers and form controls (a warning),
 * or only `style` attributes (a note). Returns the local files the HTML uses.
 */
export function scanHtml(tree: Root, source: string, file: string, site: SiteIndex, diagnostics: Diagnostic[]): Set<string> {
  const assets = new Set<string>()
  const pageUrl = site.pages.get(source)?.url ?? '/'
  const dropped: Dropped = {active: [], styles: []}
  visit(tree, 'html', (node) => {
    // Closing tags and comments hold no attributes.
    if (!/<[A-Za-z]/.test(node.value)) return
    const fragment: HastRoot = fromHtml(node.value, {fragment: true})
    const targets: Record<string, ResolvedTarget> = {}
    visit(fragment, 'element', (element: Element) => {
      const place = placeOf(node, element)
      if (inert.has(element.tagName)) dropped.active.push({what: element.tagName, place})
      for (const key of Object.keys(element.properties)) {
        if (/^on/i.test(key)) dropped.active.push({what: key.toLowerCase(), place})
        else if (key === 'style') dropped.styles.push(place)
      }
      for (const attribute of addressAttributes[element.tagName] ?? []) {
        const value = element.properties[attribute]
        if (typeof value !== 'string' || value.trim() === '' || Object.hasOwn(targets, value)) continue
        const resolved = resolveHtmlAddress(value, source, pageUrl, site, element.tagName !== 'a')
        targets[value] = resolved.target
        if (resolved.target.asset !== undefined) assets.add(resolved.target.asset)
        if (resolved.problem) diagnostics.push(diagnostic(file, place, resolved.problem.severity ?? 'warning', resolved.problem.message, resolved.problem.rule))
      }
    })
    if (Object.keys(targets).length > 0) node.data = {...node.data, targets}
  })
  reportDropped(dropped, file, diagnostics)
  return assets
}

/**
 * Where an address written in raw HTML on the page at `pageUrl` points. `.md` links and `#anchors`
 * are read as Markdown links are (an author writing `page.md` means the page); anything else as
 * the browser reads it, relative to the page's URL, as MkDocs leaves it. An address that leads
 * nowhere so but does from the page's file (`<img src="logo.png">` beside `page.md`) is taken that
 * way: the author's meaning is plain, and the site writes the address that works.
 */
export function resolveHtmlAddress(
  address: string,
  source: string,
  pageUrl: string,
  site: SiteIndex,
  isMedia: boolean
): ReturnType<typeof resolveTarget> {
  const url = address.trim()
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) return {target: {kind: 'external', href: url}}
  if (url.startsWith('#') || /\.md(?:[#?]|$)/i.test(url)) return resolveTarget(url, source, site, isMedia)
  const theme = isMedia ? themeVariant(url) : null
  const resolved = new URL(url, `https://site.invalid${pageUrl}`)
  let path: string
  try {
    path = decodeURIComponent(resolved.pathname)
  } catch {
    path = resolved.pathname
  }
  const relative = path.replace(/^\/+/, '').replace(/\/+$/, '')
  const file = publishedFile(relative, site)
  if (file !== undefined) {
    const target: ResolvedTarget = file.target === undefined ? {kind: 'missing', href: url} : theme === null ? file.target : {...file.target, theme}
    return file.problem === undefined ? {target} : {target, problem: file.problem}
  }
  const page = isMedia ? undefined : site.urls.get(relative === '' ? '/' : `/${relative}/`)
  if (page !== undefined) {
    const hash = resolved.hash
    return {target: {kind: 'page', href: `${site.pages.get(page)?.url ?? '/'}${hash}`, page}}
  }
  const fromFile = resolveTarget(url, source, site, isMedia)
  if (fromFile.target.kind !== 'missing') return fromFile
  return {
    target: {kind: 'missing', href: url},
    problem: {
      message: `${isMedia ? 'file' : 'link target'} in raw HTML not found: ${address} (read from this page's address, that is /${relative}); add it or fix the address`,
      rule: isMedia ? 'asset-missing' : 'link-missing-page'
    }
  }
}

/** The point in the page where `element` starts: the HTML node's start, moved by the element's place in it. */
function placeOf(node: Html, element: Element): Point {
  const start = node.position?.start ?? {line: 1, column: 1}
  const at = element.position?.start
  if (!at) return {line: start.line, column: start.column}
  return at.line === 1 ? {line: start.line, column: start.column + at.column - 1} : {line: start.line + at.line - 1, column: at.column}
}

function reportDropped(dropped: Dropped, file: string, diagnostics: Diagnostic[]): void {
  const {active, styles} = dropped
  if (active.length === 0 && styles.length === 0) return
  const first = [...active.map((item) => item.place), ...styles].sort((a, b) => a.line - b.line || a.column - b.column)[0]
  const counts = new Map<string, number>()
  for (const {what} of active) counts.set(what, (counts.get(what) ?? 0) + 1)
  const parts = [...counts].map(([what, count]) => (what.startsWith('on') ? `\`${what}\`` : `<${what}>`) + (count > 1 ? ` ×${count}` : ''))
  if (styles.length > 0) parts.push(`\`style\`${styles.length > 1 ? ` ×${styles.length}` : ''}`)
  if (active.length === 0) {
    diagnostics.push(
      diagnostic(file, first, 'note', `raw HTML on this page has inline styles the site drops (first here): ${parts.join(', ')}; the site allows no inline styles (Content-Security-Policy), so give the element a class instead`, 'raw-html')
    )
    return
  }
  diagnostics.push(
    diagnostic(
      file,
      first,
      'warning',
      `raw HTML on this page that the site drops (first here): ${parts.join(', ')}; the site runs no scripts from its pages and allows no inline styles (Content-Security-Policy), so these cannot work: remove them (the text between the tags is kept)`,
      'raw-html'
    )
  )
}
