import type {Html, Nodes} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {defaultHandlers, type Handle, type Join, type Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import {mkdocsHtmlFlow} from '../micromark/html-flow.js'

/**
 * Extension for `mdast-util-to-markdown` that keeps a paragraph opening with raw HTML right after
 * a definition a paragraph (`[b]: l` ⏎ `    <div>`): micromark reads definitions out of the start
 * of a paragraph, so that HTML was the rest of it. Written after a blank line, HTML that opens
 * an HTML block on a line of its own (in this dialect) would become one; it is written on the
 * definition's next line, indented four spaces, where only a paragraph goes on.
 */
export function htmlAfterDefinitionToMarkdown(): ToMarkdownExtension {
  // Joins run before the right node is written, so the join can tell the handler which HTML to indent.
  const indented = new WeakSet<Nodes>()
  const join: Join = function (left, right) {
    const first = right.type === 'paragraph' ? right.children[0] : undefined
    if (left.type !== 'definition' || first?.type !== 'html' || !opensBlock(first.value)) return undefined
    indented.add(first)
    return 0
  }
  const html: Handle = function (node: Html) {
    return indented.has(node) ? '    ' + node.value : defaultHandlers.html(node)
  }
  return {handlers: {html}, join: [join]}
}

/** Whether this HTML, alone on a line after a blank line, opens an HTML block in the dialect. */
function opensBlock(value: string): boolean {
  return fromMarkdown(value, {extensions: [mkdocsHtmlFlow()]}).children[0]?.type === 'html'
}
