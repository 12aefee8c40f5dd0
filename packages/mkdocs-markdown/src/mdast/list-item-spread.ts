import type {Nodes, Root} from 'mdast'
import {visit} from 'unist-util-visit'

/**
 * `mdast-util-from-markdown` decides whether a list item is spread (loose) from the blank lines in
 * it, skipping those inside nested lists and block quotes but not inside our containers: the blank
 * lines inside an admonition, a tab or a definition would make every item holding one loose. For
 * items holding one of `types`, spread means what it means elsewhere: a blank line between two of
 * its children.
 */
export function listItemSpread(types: ReadonlyArray<Nodes['type']>): (tree: Root) => undefined {
  return function (tree) {
    visit(tree, 'listItem', function (item) {
      if (!item.children.some((child) => types.includes(child.type))) return
      item.spread = item.children.some(function (child, index) {
        const next = item.children[index + 1]
        return next?.position && child.position ? next.position.start.line > child.position.end.line + 1 : false
      })
    })
    return undefined
  }
}
