import type {Nodes, Root} from 'mdast'
import {visitParents} from '../visit.js'

/**
 * `mdast-util-from-markdown` decides whether lists and items are spread (loose) from the blank
 * lines it sees, skipping those inside nested lists and block quotes but not inside our
 * containers: blank lines inside an admonition, a tab or a definition make an item holding one
 * loose, and the blank line that ends a list inside one (before the container's next line) makes
 * that list loose. For lists and items holding or held by one of `types`, spread means what it
 * means elsewhere: a blank line between two of their children.
 */
export function listItemSpread(types: ReadonlyArray<Nodes['type']>): (tree: Root) => undefined {
  return function (tree) {
    visitParents(tree, function (node, ancestors) {
      if (node.type !== 'list' && node.type !== 'listItem') return
      const inside = ancestors.some((ancestor) => types.includes(ancestor.type))
      if (!inside && !(node.type === 'listItem' && node.children.some((child) => types.includes(child.type)))) return
      node.spread = blankBetween(node.children)
    })
    return undefined
  }
}

/** Whether a blank line separates two of these nodes. */
export function blankBetween(nodes: readonly Nodes[]): boolean {
  return nodes.some(function (node, index) {
    const next = nodes[index + 1]
    const end = endLine(node)
    return next?.position && end !== undefined ? next.position.start.line > end + 1 : false
  })
}

/**
 * The line a node's content ends on. Our containers (a description, an admonition) end where the
 * next line no longer continues them, after any line of spaces (but not an empty line) between:
 * `: : t`, a line of one space, then `    P` ended the inner definition list on the spaces, so no
 * blank line seemed to come before `P`; written tight, `P` then joined the inner paragraph.
 */
function endLine(node: Nodes): number | undefined {
  let last: Nodes = node
  while ('children' in last) {
    const child: Nodes | undefined = last.children[last.children.length - 1]
    if (!child?.position) break
    last = child
  }
  return last.position?.end.line
}
