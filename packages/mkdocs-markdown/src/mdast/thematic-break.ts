import type {Nodes, ThematicBreak} from 'mdast'
import {defaultHandlers, type Handle, type Join, type Options as ToMarkdownExtension} from 'mdast-util-to-markdown'

/**
 * Extension for `mdast-util-to-markdown` that keeps a tight list item tight when a thematic
 * break follows its paragraph (`- a` `  ***`): with `rule: '-'`, `---` right after a paragraph
 * would read as a setext underline, so the writer puts a blank line first, which makes the item
 * loose. Here that break is written `***` instead, with no blank line; so is a break that
 * starts the page, where `---` would open front matter.
 */
export function thematicBreakInTightItemToMarkdown(): ToMarkdownExtension {
  // Joins run before the right node is written, so the join can tell the handler which breaks follow a paragraph.
  const afterParagraph = new WeakSet<Nodes>()
  const join: Join = function (left, right, parent) {
    if (left.type !== 'paragraph' || right.type !== 'thematicBreak' || !('spread' in parent) || parent.spread !== false) return undefined
    afterParagraph.add(right)
    return 0
  }
  const thematicBreak: Handle = function (node: ThematicBreak, parent, state) {
    // `---` first on a page would open YAML front matter with the next `---`.
    const first = parent?.type === 'root' && parent.children.find((child) => child.type !== 'yaml') === node && parent.children[0] === node
    return afterParagraph.has(node) || first ? '***' : defaultHandlers.thematicBreak(node, parent, state)
  }
  return {handlers: {thematicBreak}, join: [join]}
}
