import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'

/**
 * Two values micromark leaves as written, although they mean less, normalized so that a tree
 * and the Markdown written from it parse the same:
 * - line endings in inline code are spaces (CommonMark says so; the writer writes spaces);
 * - raw HTML that runs to the end of the document (`<style` never closed) has no trailing
 *   line ending (the writer ends every document with one, which the HTML would swallow).
 */
export function normalizeLiterals(tree: Root): void {
  visit(tree, function (node) {
    if (node.type === 'inlineCode') node.value = node.value.replace(/\r\n|\r|\n/g, ' ')
    else if (node.type === 'html') node.value = node.value.replace(/(?:\r\n|\r|\n)+$/, '')
  })
}
