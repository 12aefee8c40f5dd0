import type {Handler, Handlers} from 'mdast-util-to-hast'
import {defaultHandlers} from 'mdast-util-to-hast'
import type {RenderContext} from '../types.js'
import {admonition} from './admonition.js'
import {attributeList} from './attribute-list.js'
import type {ContextHandler} from './handler.js'
import {heading} from './heading.js'
import {html} from './html.js'
import {icon} from './icon.js'
import {image, imageReference} from './image.js'
import {link, linkReference} from './link.js'
import {yaml} from './yaml.js'

/** Our handlers, one per node type we render differently from `mdast-util-to-hast`. */
export const handlers = {
  admonition,
  attributeList,
  heading,
  html,
  icon,
  image,
  imageReference,
  link,
  linkReference,
  yaml
} satisfies Record<string, ContextHandler<never>>

/**
 * Every handler (ours over the defaults) bound to the page being written. Attribute lists
 * reach HTML through `data.hProperties` (set by the dialect), which every handler honours
 * with `state.applyData`; the sanitizer then checks what they became.
 */
export function boundHandlers(context: RenderContext): Handlers {
  // The root handler returns a root, not element content: fine, since it is never wrapped in an element.
  const all = {...defaultHandlers, ...handlers} as Record<string, ContextHandler<never>>
  const bound: Record<string, Handler> = {}
  for (const [type, handler] of Object.entries(all)) {
    bound[type] = (state, node, parent) => handler(state, node as never, parent, context)
  }
  return bound as Handlers
}
