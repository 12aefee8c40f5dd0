import type {Handler, Handlers} from 'mdast-util-to-hast'
import {defaultHandlers} from 'mdast-util-to-hast'
import type {RenderContext} from '../types.js'
import {admonition} from './admonition.js'
import {attributeList} from './attribute-list.js'
import {code, inlineCode} from './code.js'
import {critic} from './critic.js'
import {emoji} from './emoji.js'
import {wrapIn, type ContextHandler} from './handler.js'
import {html} from './html.js'
import {icon} from './icon.js'
import {image, imageReference} from './image.js'
import {keys} from './keys.js'
import {link, linkReference} from './link.js'
import {inlineMath, math} from './math.js'
import {smartSymbol} from './smart-symbol.js'
import {yaml} from './yaml.js'

/** Our handlers, one per node type we render differently from `mdast-util-to-hast`. */
export const handlers = {
  admonition,
  attributeList,
  code,
  critic,
  emoji,
  html,
  icon,
  image,
  imageReference,
  inlineCode,
  inlineMath,
  insert: wrapIn('ins'),
  keys,
  link,
  linkReference,
  mark: wrapIn('mark'),
  math,
  smartSymbol,
  subscript: wrapIn('sub'),
  superscript: wrapIn('sup'),
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
