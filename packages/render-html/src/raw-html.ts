import {randomBytes} from 'node:crypto'
import type {Element, ElementContent, Root as HastRoot, RootContent} from 'hast'
import {raw} from 'hast-util-raw'
import {h as hastscript} from 'hastscript'
import type {Root} from 'mdast'
import {EXIT, visit} from '@samizdat/mkdocs-markdown/visit'
import type {ResolvedTarget} from '@samizdat/model'
import {externalRel, isWebUrl} from './resolved.js'
import type {RenderContext} from './types.js'

/**
 * Elements of ours get this mark before the HTML parser sees them, so that afterwards the ones
 * without it are known to come from the author's raw HTML. Its value is new in every process,
 * so no page can forge it; it never reaches the output.
 */
const mark = 'dataSamizdatOwn'
const markValue = randomBytes(8).toString('hex')

/** `hastscript`'s `h` for the elements this module makes: marked as ours, so the walk leaves them be. */
function h(...parameters: Parameters<typeof hastscript>): Element {
  const element = hastscript(...parameters)
  element.properties[mark] = markValue
  return element
}

// Raw HTML elements dropped with their content: scripts and styles never run, and form controls
// would be dead (the site runs no script of the author's). The model reports them once per page.
const dropped = new Set(['script', 'style', 'template', 'noscript', 'input', 'select', 'textarea', 'object', 'embed', 'frame', 'frameset', 'link', 'meta', 'base'])
// Raw HTML elements whose content stays but whose markup goes: a button's label, a form's fields' text.
const unwrapped = new Set(['button', 'form', 'label', 'fieldset', 'legend', 'option', 'optgroup', 'datalist', 'output', 'dialog'])

/**
 * Reassemble the raw HTML of a page (`raw` nodes: a block, or the separate open and close tags of
 * inline HTML) into elements with `hast-util-raw`, then make what came from the author's HTML
 * behave like Markdown: links and pictures go where the model resolved them (and a missing target
 * is text, not a dead link), pictures and media from other sites are links instead of loads, an
 * `<iframe>` is a visible link to what it embedded, and scripts, styles and form controls are
 * gone. The sanitizer still checks everything afterwards.
 */
export function reassembleRawHtml(nodes: ElementContent[], tree: Root, context: RenderContext): ElementContent[] {
  const root: HastRoot = {type: 'root', children: nodes}
  let hasRaw = false
  visit(root, 'raw', () => {
    hasRaw = true
    return EXIT
  })
  // Most pages of a guide have no raw HTML: they are not parsed again.
  if (!hasRaw) return nodes
  visit(root, 'element', (node) => {
    node.properties[mark] = markValue
  })
  const targets = targetsOf(tree)
  const result = raw(root) as HastRoot
  visit(result, 'element', (node, index, parent) => {
    if (node.properties[mark] === markValue) {
      delete node.properties[mark]
      return
    }
    delete node.properties[mark]
    if (!parent || index === undefined) return
    const replacement = rewrite(node, targets, context)
    if (replacement === node) return
    // Walk on at the same place: what replaced the element (its own children, or our markup around them) is seen next.
    parent.children.splice(index, 1, ...(replacement as RootContent[]))
    return index
  })
  // A paragraph that held only something dropped (a `<video>` of another site with nothing to link) goes too.
  visit(result, 'element', (node, index, parent) => {
    if (node.tagName !== 'p' || !parent || index === undefined) return
    if (node.children.every((child) => child.type === 'text' && child.value.trim() === '')) {
      parent.children.splice(index, 1)
      return index
    }
  })
  return result.children as ElementContent[]
}

/** Every address the model resolved in the page's raw HTML, by the address as written. */
function targetsOf(tree: Root): Map<string, ResolvedTarget> {
  const targets = new Map<string, ResolvedTarget>()
  visit(tree, 'html', (node) => {
    for (const [address, target] of Object.entries(node.data?.targets ?? {})) targets.set(address, target)
  })
  return targets
}

/** An element of the author's HTML as the site shows it: itself (changed in place), or what replaces it. */
function rewrite(node: Element, targets: ReadonlyMap<string, ResolvedTarget>, context: RenderContext): Element | ElementContent[] {
  const {tagName} = node
  for (const key of Object.keys(node.properties)) {
    // The search index's attributes belong to the site's layout.
    if (/^dataPagefind/.test(key)) delete node.properties[key]
  }
  if (dropped.has(tagName)) return []
  if (unwrapped.has(tagName)) return node.children
  if (tagName === 'iframe') return [embedLink(node, targets, context)]
  if (tagName === 'a') return anchor(node, targets, context)
  if (tagName === 'img') return picture(node, targets, context)
  if (tagName === 'video' || tagName === 'audio') return media(node, targets, context)
  return node
}

/** Where an address points: the model's decision, or for a bundle without one, what the address says. */
function targetOf(address: string, targets: ReadonlyMap<string, ResolvedTarget>): ResolvedTarget {
  const target = targets.get(address)
  if (target) return target.kind === 'external' && !isWebUrl(target.href) ? {kind: 'missing', href: target.href} : target
  return isWebUrl(address.trim()) ? {kind: 'external', href: address.trim()} : {kind: 'missing', href: address}
}

/** A site-root-relative target as a link from the page being written, its `#only-dark` kept. */
function localHref(target: ResolvedTarget, context: RenderContext): string {
  return context.href(target.href) + (target.theme && !target.href.includes('#') ? `#only-${target.theme}` : '')
}

function anchor(node: Element, targets: ReadonlyMap<string, ResolvedTarget>, context: RenderContext): Element | ElementContent[] {
  const href = node.properties['href']
  if (typeof href !== 'string') return node
  const target = targetOf(href, targets)
  if (target.kind === 'missing') {
    return [h('span', {className: ['link-missing'], title: context.strings.missingLink}, node.children)]
  }
  node.properties['href'] = target.kind === 'external' ? target.href : localHref(target, context)
  if (target.kind === 'external') node.properties['rel'] = [...new Set([...relOf(node), ...externalRel])]
  return node
}

function picture(node: Element, targets: ReadonlyMap<string, ResolvedTarget>, context: RenderContext): Element | ElementContent[] {
  const src = node.properties['src']
  const alt = typeof node.properties['alt'] === 'string' ? node.properties['alt'] : ''
  if (typeof src !== 'string') return []
  const target = targetOf(src, targets)
  if (target.kind === 'asset' || target.kind === 'page') {
    node.properties['src'] = localHref(target, context)
    node.properties['loading'] ??= 'lazy'
    return node
  }
  // The site loads nothing from other origins: a picture elsewhere is a link to it.
  if (target.kind === 'external') return [h('a', {href: target.href, rel: externalRel, className: ['image-external']}, alt || target.href)]
  return alt === '' ? [] : [h('span', {className: ['image-missing']}, alt)]
}

/**
 * `<video>` and `<audio>` play the site's own files only: addresses of other sites (and a poster
 * from one) become links under the player, and a player left with nothing to play is that link.
 */
function media(node: Element, targets: ReadonlyMap<string, ResolvedTarget>, context: RenderContext): Element | ElementContent[] {
  const links: Element[] = []
  const local = (address: unknown): string | undefined => {
    if (typeof address !== 'string') return undefined
    const target = targetOf(address, targets)
    if (target.kind === 'asset') return localHref(target, context)
    if (target.kind === 'external') links.push(h('a', {href: target.href, rel: externalRel}, target.href))
    return undefined
  }
  const src = local(node.properties['src'])
  if (src) node.properties['src'] = src
  else delete node.properties['src']
  const poster = node.tagName === 'video' ? local(node.properties['poster']) : undefined
  if (poster) node.properties['poster'] = poster
  else delete node.properties['poster']
  node.children = node.children.filter((child) => {
    if (child.type !== 'element' || (child.tagName !== 'source' && child.tagName !== 'track')) return true
    const address = local(child.properties['src'])
    if (address) child.properties['src'] = address
    return address !== undefined
  })
  const playable = src !== undefined || node.children.some((child) => child.type === 'element' && child.tagName === 'source')
  if (!playable) return links.length > 0 ? [h('span', {className: ['embed']}, spaced(links))] : []
  node.properties['controls'] = true
  return links.length > 0 ? [node, h('span', {className: ['embed']}, spaced(links))] : node
}

/**
 * An `<iframe>` (an embedded video, a map) as a visible link to what it showed, with its title and
 * address: nothing is fetched from another origin, and nothing disappears without a trace.
 */
function embedLink(node: Element, targets: ReadonlyMap<string, ResolvedTarget>, context: RenderContext): Element {
  const src = typeof node.properties['src'] === 'string' ? node.properties['src'] : ''
  const titled = typeof node.properties['title'] === 'string' ? node.properties['title'].trim() : ''
  const target = targetOf(src, targets)
  const href = target.kind === 'external' ? target.href : target.kind === 'missing' ? null : localHref(target, context)
  // A web address is worth printing; a `javascript:` one is not even worth showing.
  const shown = target.kind === 'external' ? target.href.replace(/^https?:\/\//, '') : target.kind === 'missing' ? '' : src
  const label = titled || shown || context.strings.embedded
  const link = href === null ? h('span', {}, label) : h('a', {href, ...(target.kind === 'external' ? {rel: externalRel} : {})}, label)
  return h('span', {className: ['embed']}, [
    h('span', {className: ['embed__label']}, `${context.strings.embedded}: `),
    link,
    ...(titled && shown ? [' ', h('span', {className: ['embed__url']}, shown)] : [])
  ])
}

function relOf(node: Element): string[] {
  const rel: unknown = node.properties['rel']
  return Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : []
}

function spaced(links: Element[]): ElementContent[] {
  return links.flatMap((link, index) => (index === 0 ? [link] : [{type: 'text', value: ' '} as const, link]))
}
