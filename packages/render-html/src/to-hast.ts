import type {ElementContent} from 'hast'
import type {Root} from 'mdast'
import {toHast} from 'mdast-util-to-hast'
import {boundHandlers} from './handlers/index.js'
import {unknown} from './handlers/unknown.js'
import {reassembleRawHtml} from './raw-html.js'
import type {RenderContext} from './types.js'

/**
 * A Markdown tree (or part of one) as HTML elements for the page being written, the author's raw
 * HTML reassembled into elements (see `reassembleRawHtml`). Not yet sanitized: the page layout
 * sanitizes the whole body once.
 */
export function markdownToHast(tree: Root, context: RenderContext): ElementContent[] {
  const result = toHast(tree, {
    handlers: boundHandlers(context),
    unknownHandler: unknown,
    // Raw HTML becomes `raw` nodes, reassembled below and then sanitized with the page.
    allowDangerousHtml: true,
    // Ids stay as the model made them; the sanitizer's schema explains why that is safe.
    clobberPrefix: ''
  })
  const nodes = result.type === 'root' ? (result.children as ElementContent[]) : [result as ElementContent]
  return reassembleRawHtml(nodes, tree, context)
}
