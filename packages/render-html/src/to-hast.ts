import type {ElementContent} from 'hast'
import type {Root} from 'mdast'
import {toHast} from 'mdast-util-to-hast'
import {boundHandlers} from './handlers/index.js'
import {unknown} from './handlers/unknown.js'
import type {RenderContext} from './types.js'

/**
 * A Markdown tree (or part of one) as HTML elements for the page being written. Not yet
 * sanitized: the page layout sanitizes the whole body once.
 */
export function markdownToHast(tree: Root, context: RenderContext): ElementContent[] {
  const result = toHast(tree, {
    handlers: boundHandlers(context),
    unknownHandler: unknown,
    allowDangerousHtml: false,
    // Ids stay as the model made them; the sanitizer's schema explains why that is safe.
    clobberPrefix: ''
  })
  return result.type === 'root' ? (result.children as ElementContent[]) : [result as ElementContent]
}
