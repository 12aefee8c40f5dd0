import type {Html, Nodes} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {defaultHandlers, type Handle, type Join, type Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import {mkdocsHtmlFlow} from '../micromark/html-flow.js'

/**
 * Extension for `mdast-util-to-markdown` that writes raw HTML where it reads back as the same node:
 * - a paragraph opening with HTML right after a definition stays a paragraph (`[b]: l` ⏎
 *   `    <div>`): micromark reads definitions out of the start of a paragraph, so that HTML was
 *   the rest of it. Written after a blank line, HTML that opens an HTML block on a line of its
 *   own (in this dialect) would become one; it is written on the definition's next line,
 *   indented four spaces, where only a paragraph goes on;
 * - HTML that keeps the spaces it was indented by (`-` ⏎ `   <div>` holds ` <div>`) and comes
 *   first in a list item starts on the line after the marker, as it was read: after `- ` on the
 *   marker's line, its spaces would count as the marker's;
 * - HTML in a paragraph whose next line starts with white space (`<i c="` ⏎ `    ">` holds
 *   `<i c="` ⏎ ` ">`): micromark drops up to three spaces or tabs at the start of each line of
 *   inline HTML, so three more are written there (where four could never start code: a
 *   paragraph goes on).
 */
export function rawHtmlToMarkdown(): ToMarkdownExtension {
  // Joins run before the right node is written, so the join can tell the handler which HTML to indent.
  const indented = new WeakSet<Nodes>()
  const join: Join = function (left, right) {
    const first = right.type === 'paragraph' ? right.children[0] : undefined
    if (left.type !== 'definition' || first?.type !== 'html' || !opensBlock(first.value)) return undefined
    indented.add(first)
    return 0
  }
  const html: Handle = function (node: Html, parent, state) {
    if (indented.has(node)) return '    ' + node.value
    if (state.stack.includes('phrasing')) return node.value.replace(/(\r\n?|\n)(?=[\t ])/g, '$1   ')
    // A blank first line makes the item's marker stand alone (`mdast-util-to-markdown`'s `listItem`).
    if (parent?.type === 'listItem' && parent.children[0] === node && /^[\t ]/.test(node.value)) return '\n' + node.value
    return defaultHandlers.html(node)
  }
  return {handlers: {html}, join: [join]}
}

/** Whether this HTML, alone on a line after a blank line, opens an HTML block in the dialect. */
function opensBlock(value: string): boolean {
  return fromMarkdown(value, {extensions: [mkdocsHtmlFlow()]}).children[0]?.type === 'html'
}
