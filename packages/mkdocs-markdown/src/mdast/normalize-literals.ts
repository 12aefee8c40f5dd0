import type {Root} from 'mdast'
import {htmlBlockNames, htmlRawNames} from 'micromark-util-html-tag-name'
import {visit} from '../visit.js'

/**
 * Four values micromark leaves as written, although they mean less, normalized so that a tree
 * and the Markdown written from it parse the same:
 * - line endings in inline code are spaces (CommonMark says so; the writer writes spaces);
 * - raw HTML that runs to the end of the document (`<style` never closed) has no trailing
 *   line ending (the writer ends every document with one, which the HTML would swallow);
 * - a line ending right before inline HTML that could start an HTML block (`<div>`, `<!--`) is
 *   a space: written at the start of a line, that HTML would become a block, so the writer
 *   writes the space too;
 * - tabs indenting an HTML block are the spaces they stand for where they were: a tab reaches
 *   the next multiple of four columns, so its width depends on what precedes it on the line (`>>`
 *   then a space and a tab: one column), and the writer's container prefixes (`> > `) move it
 *   (to four columns: indented code).
 */
export function normalizeLiterals(tree: Root): void {
  visit(tree, function (node, index, parent) {
    if (node.type === 'html' && node.position && /^ *\t/.test(node.value)) node.value = expandIndent(node.value, node.position.start.column)
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

/** `value` with the tabs of its first line's indent turned into spaces, for a line starting at `column` (1-based). */
function expandIndent(value: string, column: number): string {
  const indent = /^[ \t]*/.exec(value)?.[0] ?? ''
  let spaces = ''
  for (const character of indent) spaces += character === '\t' ? ' '.repeat(4 - ((column + spaces.length - 1) % 4)) : ' '
  return spaces + value.slice(indent.length)
}
