import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Image, ImageReference, Nodes} from 'mdast'
import type {State} from 'mdast-util-to-hast'
import {externalRel, resolvedOf} from '../resolved.js'
import type {RenderContext} from '../types.js'
import type {ContextHandler} from './handler.js'

/**
 * A local image, with `#only-light` / `#only-dark` kept on its URL so the stylesheet
 * shows it in its theme only (as Material for MkDocs does). A picture on another site
 * is not loaded (the site makes no third-party request): it becomes a link to it.
 */
export const image: ContextHandler<Image> = (state, node, _parent, context) =>
  picture(state, node, node.url, node.alt ?? '', node.title ?? null, context)

/** `![alt][ref]`: the definition's URL, judged like any image. */
export const imageReference: ContextHandler<ImageReference> = (state, node, _parent, context) => {
  const definition = state.definitionById.get(node.identifier.toUpperCase())
  if (!definition) return {type: 'text', value: `![${node.alt ?? ''}]`}
  const resolved = (definition.data as {resolved?: unknown} | undefined)?.resolved
  const source = resolved ? ({...node, data: {...node.data, resolved}} as Nodes) : node
  return picture(state, source, definition.url, node.alt ?? '', definition.title ?? null, context)
}

function picture(
  state: State,
  node: Nodes,
  url: string,
  alt: string,
  title: string | null,
  context: RenderContext
): ElementContent | undefined {
  const target = resolvedOf(node, url, context.url)
  let result: Element
  if (target.kind === 'asset' || target.kind === 'page') {
    const href = context.href(target.href.split('#')[0] ?? target.href) + (target.theme ? `#only-${target.theme}` : '')
    result = h('img', {src: href, alt, title, loading: 'lazy', decoding: 'async'})
  } else if (target.kind === 'external') {
    result = h('a', {href: target.href, rel: externalRel, className: ['image-external']}, alt || target.href)
  } else {
    if (alt === '') return undefined
    result = h('span', {className: ['image-missing']}, alt)
  }
  state.patch(node, result)
  return state.applyData(node, result)
}
