import path from 'node:path'
import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import {themeVariant} from '@samizdat/mkdocs-markdown'
import {diagnostic} from './diagnostic.js'
import type {Diagnostic, ResolvedTarget} from './types.js'

/** What target resolution needs to know about the whole site. */
export interface SiteIndex {
  /** Docs-relative page source → its URL and anchors. */
  pages: ReadonlyMap<string, {url: string; ids: ReadonlySet<string>}>
  /** Every file under the docs folder. */
  files: ReadonlySet<string>
  /** Publish HTML and script files as they are (the config's `publish_active_files`); default: not published. */
  publishActiveFiles?: boolean
}

// Files a browser runs as documents or scripts on the site's origin when a page links to them.
const activeFile = /\.(?:html?|xhtml?|xht|xml|xsl|xslt|svgz|js|mjs|cjs|swf)$/i

/**
 * Decide once where each link and image of a page points (`data.resolved`), and report
 * links to pages, anchors or files that do not exist. Returns the local assets used.
 */
export function resolveTargets(tree: Root, source: string, file: string, site: SiteIndex, diagnostics: Diagnostic[]): Set<string> {
  const assets = new Set<string>()
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image') return
    const resolved = resolveTarget(node.url, source, site, node.type === 'image')
    node.data = {...node.data, resolved: resolved.target}
    if (resolved.target.asset !== undefined) assets.add(resolved.target.asset)
    if (resolved.problem !== undefined) {
      diagnostics.push(diagnostic(file, node.position, resolved.problem.severity ?? 'warning', resolved.problem.message, resolved.problem.rule))
    }
  })
  return assets
}

type Problem = {message: string; rule: 'link-missing-page' | 'link-missing-anchor' | 'asset-missing' | 'active-content'; severity?: 'note'}

/** Resolve one URL as written on page `source`. */
export function resolveTarget(url: string, source: string, site: SiteIndex, isImage = false): {target: ResolvedTarget; problem?: Problem} {
  const theme = isImage ? themeVariant(url) : null
  const withTheme = (target: ResolvedTarget): ResolvedTarget => (theme === null ? target : {...target, theme})
  // Any scheme (https:, mailto:, and hostile ones like javascript:) or a protocol-relative URL
  // leaves the site; the HTML sanitizer, not the model, decides which schemes survive.
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) return {target: withTheme({kind: 'external', href: url})}

  const hashIndex = url.indexOf('#')
  const rawPath = (hashIndex === -1 ? url : url.slice(0, hashIndex)).replace(/\?.*$/, '')
  const hash = hashIndex === -1 || theme !== null ? '' : url.slice(hashIndex + 1)
  const missing = (problem: Problem) => ({target: withTheme({kind: 'missing', href: url}), problem})

  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    decoded = rawPath
  }
  const base = decoded.startsWith('/') ? '' : path.posix.dirname(source)
  const joined = path.posix.normalize(path.posix.join(base === '.' ? '' : base, decoded.replace(/^\/+/, '')))
  const target = joined === '.' ? '' : joined.replace(/\/$/, '')
  if (target.startsWith('..')) {
    return missing({message: `link leaves the docs folder: ${url}`, rule: isImage ? 'asset-missing' : 'link-missing-page'})
  }

  // A link to a page: `page.md`, `dir/` (its index), or `#anchor` on this page.
  const pageSource =
    rawPath === '' ? source : /\.md$/i.test(target) ? target : [`${target}/index.md`, `${target}/README.md`, `${target}.md`].find((p) => site.pages.has(p.replace(/^\//, '')))?.replace(/^\//, '')
  if (!isImage && pageSource !== undefined) {
    const page = site.pages.get(pageSource)
    if (page === undefined) {
      return missing({message: `link to a page that does not exist: ${url} (no page ${pageSource}); write that page or fix the link`, rule: 'link-missing-page'})
    }
    if (hash !== '' && !page.ids.has(safeDecode(hash))) {
      return {
        target: {kind: 'page', href: `${page.url}#${hash}`, page: pageSource},
        problem: {message: `link to an anchor that does not exist: ${url} (${pageSource} has no heading with id "${safeDecode(hash)}")`, rule: 'link-missing-anchor'}
      }
    }
    return {target: {kind: 'page', href: hash === '' ? page.url : `${page.url}#${hash}`, page: pageSource}}
  }

  if (site.files.has(target) && activeFile.test(target)) {
    if (site.publishActiveFiles !== true) {
      return missing({
        message: `${target} is not published: an HTML or script file in the docs folder would run its scripts on the site's origin; link to it elsewhere, or set publish_active_files: true in the config to publish it as it is`,
        rule: 'active-content'
      })
    }
    const published = {kind: 'asset', href: `/${target.split('/').map(encodeURIComponent).join('/')}`, asset: target} as const
    return {target: withTheme(published), problem: {message: `${target} is published as it is (publish_active_files is on): its scripts run on the site's origin`, rule: 'active-content', severity: 'note'}}
  }
  if (site.files.has(target)) {
    return {target: withTheme({kind: 'asset', href: `/${target.split('/').map(encodeURIComponent).join('/')}`, asset: target})}
  }
  return missing({
    message: `${isImage ? 'image' : 'linked file'} not found: ${url} (no file ${target}); add the file or fix the path`,
    rule: isImage ? 'asset-missing' : 'link-missing-page'
  })
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
