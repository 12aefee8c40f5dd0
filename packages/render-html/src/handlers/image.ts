import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Image, ImageReference, Nodes, Parents} from 'mdast'
import type {State} from 'mdast-util-to-hast'
import {externalRel, resolvedOf} from '../resolved.js'
import type {RenderContext} from '../types.js'
import type {ContextHandler} from './handler.js'

/**
 * A local image, with `#only-light` / `#only-dark` kept on its URL so the stylesheet
 * shows it in its theme only (as Material for MkDocs does). A picture on another site
 * is not loaded (the site makes no third-party request): it becomes a link to it.
 */
export const image: ContextHandler<Image> = (state, node, parent, context) =>
  picture(state, node, node.url, node.alt ?? '', node.title ?? null, context, inRunningText(node, parent))

/** `![alt][ref]`: the definition's URL, judged like any image. */
export const imageReference: ContextHandler<ImageReference> = (state, node, parent, context) => {
  const definition = state.definitionById.get(node.identifier.toUpperCase())
  if (!definition) return {type: 'text', value: `![${node.alt ?? ''}]`}
  const resolved = (definition.data as {resolved?: unknown} | undefined)?.resolved
  const source = resolved ? ({...node, data: {...node.data, resolved}} as Nodes) : node
  return picture(state, source, definition.url, node.alt ?? '', definition.title ?? null, context, inRunningText(node, parent))
}

/**
 * Whether a picture sits in a line of text (`![logo](x.svg) **Name** – what it does`), not on
 * a line of its own: then it is sized like the text around it (class `inline-image`), as an icon
 * would be, unless the author gave it a size. A logo in a card's list item is not 660 px wide.
 */
function inRunningText(node: Image | ImageReference, parent: Parents | undefined): boolean {
  const attributes = node.data?.attributes
  if (attributes?.width !== undefined || attributes?.height !== undefined || !parent) return false
  return parent.children.some((sibling) => sibling !== node && textOf(sibling).trim() !== '')
}

function textOf(node: Nodes): string {
  if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html') return ''
  if ('value' in node) return node.value
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : ''
}

function picture(
  state: State,
  node: Nodes,
  url: string,
  alt: string,
  title: string | null,
  context: RenderContext,
  inline: boolean
): ElementContent | undefined {
  const target = resolvedOf(node, url, context.url)
  let result: Element
  if (target.kind === 'asset' || target.kind === 'page') {
    const href = context.href(target.href.split('#')[0] ?? target.href) + (target.theme ? `#only-${target.theme}` : '')
    result = h('img', {src: href, alt, title, loading: 'lazy', decoding: 'async'})
    state.patch(node, result)
    const applied = state.applyData(node, result)
    if (inline && applied.type === 'element') {
      applied.properties.className = ['inline-image', ...((applied.properties.className as string[] | undefined) ?? [])]
    }
    return applied
  } else if (target.kind === 'external') {
    result = h('a', {href: target.href, rel: externalRel, className: ['image-external']}, alt || target.href)
  } else {
    if (alt === '') return undefined
    result = h('span', {className: ['image-missing']}, alt)
  }
  state.patch(node, result)
  return state.applyData(node, result)
}
