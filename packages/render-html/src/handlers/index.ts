import type {Handler, Handlers} from 'mdast-util-to-hast'
import {defaultHandlers} from 'mdast-util-to-hast'
import type {RenderContext} from '../types.js'
import {abbreviation, abbreviationDefinition} from './abbreviation.js'
import {admonition} from './admonition.js'
import {annotationMarker, annotations} from './annotations.js'
import {attributeList} from './attribute-list.js'
import {code, inlineCode} from './code.js'
import {critic} from './critic.js'
import {defList, defListDescription, defListTerm} from './definition-list.js'
import {emoji} from './emoji.js'
import {footnoteDefinition, footnoteReference, root} from './footnotes.js'
import {wrapIn, type ContextHandler} from './handler.js'
import {heading} from './heading.js'
import {html} from './html.js'
import {icon} from './icon.js'
import {image, imageReference} from './image.js'
import {keys} from './keys.js'
import {link, linkReference} from './link.js'
import {markdownInHtml} from './markdown-in-html.js'
import {inlineMath, math} from './math.js'
import {smartSymbol} from './smart-symbol.js'
import {tab, tabLabel, tabSet} from './tab-set.js'
import {yaml} from './yaml.js'

/** Our handlers, one per node type we render differently from `mdast-util-to-hast`. */
export const handlers = {
  abbreviation,
  abbreviationDefinition,
  admonition,
  annotationMarker,
  annotations,
  attributeList,
  code,
  critic,
  defList,
  defListDescription,
  defListTerm,
  emoji,
  footnoteDefinition,
  footnoteReference,
  heading,
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
  markdownInHtml,
  math,
  root,
  smartSymbol,
  subscript: wrapIn('sub'),
  superscript: wrapIn('sup'),
  tab,
  tabLabel,
  tabSet,
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
