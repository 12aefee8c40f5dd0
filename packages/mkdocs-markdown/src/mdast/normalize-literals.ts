import type {Root} from 'mdast'
import {htmlBlockNames, htmlRawNames} from 'micromark-util-html-tag-name'
import {visit} from '../visit.js'

/**
 * Three values micromark leaves as written, although they mean less, normalized so that a tree
 * and the Markdown written from it parse the same:
 * - line endings in inline code are spaces (CommonMark says so; the writer writes spaces);
 * - raw HTML that runs to the end of the document (`<style` never closed) has no trailing
 *   line ending (the writer ends every document with one, which the HTML would swallow);
 * - a line ending right before inline HTML that could start an HTML block (`<div>`, `<!--`) is
 *   a space: written at the start of a line, that HTML would become a block, so the writer
 *   writes the space too.
 */
export function normalizeLiterals(tree: Root): void {
  visit(tree, function (node, index, parent) {
    if (node.type === 'inlineCode') node.value = node.value.replace(/\r\n|\r|\n/g, ' ')
    else if (node.type === 'html' && /[\r\n]$/.test(node.value)) node.value = node.value.replace(/(?:\r\n|\r|\n)+$/, '')
    else if (node.type === 'html' && index !== undefined && index > 0 && startsBlock(node.value)) {
      const previous = parent?.children[index - 1]
      if (previous?.type === 'text') previous.value = previous.value.replace(/(?:\r\n|\r|\n)$/, ' ')
    }
  })
}

/** Whether HTML at the start of a line would open an HTML block that may interrupt a paragraph (kinds 1 to 6). */
function startsBlock(html: string): boolean {
  if (/^<(?:!--|\?|![A-Za-z]|!\[CDATA\[)/.test(html)) return true
  const tag = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(html)
  if (tag === null) return false
  const name = tag[2]!.toLowerCase()
  return htmlBlockNames.includes(name) || (tag[1] === '' && htmlRawNames.includes(name))
}
