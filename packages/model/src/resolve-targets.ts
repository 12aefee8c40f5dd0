import path from 'node:path'
import type {Definition, Root} from 'mdast'
import {visit} from '@samizdat/mkdocs-markdown/visit'
import {themeVariant} from '@samizdat/mkdocs-markdown/tree'
import {diagnostic} from './diagnostic.js'
import type {Diagnostic, ResolvedTarget} from './types.js'

/** What target resolution needs to know about the whole site. */
export interface SiteIndex {
  /** Docs-relative page source → its URL and anchors. */
  pages: ReadonlyMap<string, {url: string; ids: ReadonlySet<string>}>
  /** Every file under the docs folder. */
  files: ReadonlySet<string>
  /** Site-root-relative page URL (`/setup/`) → its docs-relative source: how raw HTML addresses pages. */
  urls: ReadonlyMap<string, string>
  /** Publish HTML and script files as they are (the config's `publish_active_files`); default: not published. */
  publishActiveFiles?: boolean
}

// Files a browser runs as documents or scripts on the site's origin when a page links to them.
const activeFile = /\.(?:html?|xhtml?|xht|xml|xsl|xslt|svgz|js|mjs|cjs|swf)$/i

/**
 * Decide once where each link, image and link reference definition (`[ref]: page.md`) of a page
 * points (`data.resolved`), and report links to pages, anchors or files that do not exist.
 * A definition that only pictures use (`![x][ref]`) is read as a picture's address, so its
 * `#only-dark` stays a theme. Returns the local assets used.
 */
export function resolveTargets(tree: Root, source: string, file: string, site: SiteIndex, diagnostics: Diagnostic[]): Set<string> {
  const assets = new Set<string>()
  // `[text][ref]` uses a definition that may sit far away (an auto-appended file of link
  // references): the definition carries the resolved target, and a problem is reported where
  // it is used. An unused definition is never reported, as MkDocs never reports one.
  const definitions = new Map<string, Definition>()
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node)
  })
  const resolvedDefinitions = new Map<Definition, ReturnType<typeof resolveTarget>>()
  visit(tree, (node) => {
    let resolved: ReturnType<typeof resolveTarget>
    if (node.type === 'link' || node.type === 'image') {
      resolved = resolveTarget(node.url, source, site, node.type === 'image')
      node.data = {...node.data, resolved: resolved.target}
    } else if (node.type === 'linkReference' || node.type === 'imageReference') {
      const definition = definitions.get(node.identifier)
      if (definition === undefined) return
      resolved = resolvedDefinitions.get(definition) ?? resolveTarget(definition.url, source, site, node.type === 'imageReference')
      resolvedDefinitions.set(definition, resolved)
      definition.data = {...definition.data, resolved: resolved.target}
    } else {
      return
    }
    if (resolved.target.asset !== undefined) assets.add(resolved.target.asset)
    if (resolved.problem !== undefined) {
      diagnostics.push(diagnostic(file, node.position, resolved.problem.severity ?? 'warning', resolved.problem.message, resolved.problem.rule))
    }
  })
  return assets
}

/** Why a target leads nowhere, and the rule that says so. */
export type Problem = {message: string; rule: 'link-missing-page' | 'link-missing-anchor' | 'asset-missing' | 'active-content'; severity?: 'note'}

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

  const file = publishedFile(target, site)
  if (file !== undefined) {
    if (file.target === undefined) return missing(file.problem!)
    return file.problem === undefined ? {target: withTheme(file.target)} : {target: withTheme(file.target), problem: file.problem}
  }
  return missing({
    message: `${isImage ? 'image' : 'linked file'} not found: ${url} (no file ${target}); add the file or fix the path`,
    rule: isImage ? 'asset-missing' : 'link-missing-page'
  })
}

/**
 * The published copy of `target`, a file of the docs folder (undefined when there is none). An HTML
 * or script file is only published when the config says so, with a note; otherwise only the problem.
 */
export function publishedFile(target: string, site: SiteIndex): {target?: ResolvedTarget; problem?: Problem} | undefined {
  if (!site.files.has(target)) return undefined
  const asset: ResolvedTarget = {kind: 'asset', href: `/${target.split('/').map(encodeURIComponent).join('/')}`, asset: target}
  if (!activeFile.test(target)) return {target: asset}
  if (site.publishActiveFiles !== true) {
    return {
      problem: {
        message: `${target} is not published: an HTML or script file in the docs folder would run its scripts on the site's origin; link to it elsewhere, or set \`publish_active_files: true\` in samizdat.yml (\`extra.samizdat.publish_active_files\` in mkdocs.yml) to publish it as it is`,
        rule: 'active-content'
      }
    }
  }
  return {target: asset, problem: {message: `${target} is published as it is (publish_active_files is on): its scripts run on the site's origin`, rule: 'active-content', severity: 'note'}}
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
