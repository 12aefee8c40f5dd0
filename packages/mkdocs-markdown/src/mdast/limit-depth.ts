import type {Nodes, Parents, Root, RootContent} from 'mdast'
import type {Position} from 'unist'

/** How deep content may nest (block and inline levels together) before it is flattened. */
export const maxDepth = 100

// Blocks that hold inline content; any other parent with a text child is taken to be one too.
const holders = new Set(['paragraph', 'heading', 'tableCell', 'admonitionTitle', 'tabLabel', 'defListTerm'])
// Containers known to accept blocks; any other parent that already holds a block is taken to be one too.
const acceptors = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition', 'admonition', 'tab', 'defListDescription', 'annotation'])
const blocks = new Set(['paragraph', 'heading', 'code', 'html', 'thematicBreak', 'table', 'math'])
// A list or table (list → item, table → row → cell) may pass the limit by this many levels to reach a container that takes blocks.
const grace = 3

/** Where {@link limitDepth} flattened content: the outermost node of each flattened part. */
export interface Flattened {
  position: Position | undefined
  count: number
}

/**
 * Flatten content nested deeper than `max` levels, in place and without recursion, so that no
 * later walk (GFM's transforms, ours, the renderers') recurses deeper than about `max` levels.
 * Blocks past the limit are lifted into the nearest container that takes blocks, in order
 * (paragraphs, headings, code, tables stay whole); inline content past the limit becomes
 * its plain text. Node types it does not know are handled by what they contain.
 * Returns the first flattened place and how many there were, or null when nothing was.
 */
export function limitDepth(tree: Root, max = maxDepth): Flattened | null {
  let first: Position | undefined
  let count = 0
  const stack: Array<{node: Parents; depth: number; inline: boolean}> = [{node: tree, depth: 0, inline: false}]
  while (stack.length > 0) {
    const {node, depth, inline} = stack.pop()!
    const children = node.children as RootContent[]
    const inlineChildren = inline || isHolder(node)
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      if (!('children' in child)) continue
      const tooDeep = depth + 1 >= max
      if (tooDeep && inlineChildren) {
        cut(child)
        const value = plainText(child)
        ;(child as Parents).children = (value === '' ? [] : [{type: 'text', value}]) as never
        continue
      }
      if (tooDeep && !isHolder(child) && child.type !== 'table' && (isAcceptor(node) || depth + 1 >= max + grace)) {
        cut(child)
        const lifted = liftBlocks(child)
        children.splice(index, 1, ...lifted)
        // Blocks side by side in a list item are written with blank lines between them, which make it loose.
        if (node.type === 'listItem' && children.length > 1) node.spread = true
        // The lifted blocks are checked again: holders among them still limit their inline content.
        index--
        continue
      }
      stack.push({node: child as Parents, depth: depth + 1, inline: inlineChildren})
    }
  }
  return count === 0 ? null : {position: first, count}

  function cut(node: Nodes): void {
    if (count++ === 0) first = node.position
  }
}

// `<div markdown>` holds blocks, `<p markdown>` and `markdown="span"` inline content.
function isHolder(node: Nodes): boolean {
  if (node.type === 'markdownInHtml') return node.mode === 'span'
  return holders.has(node.type) || ('children' in node && node.children.some((child) => child.type === 'text'))
}

function isAcceptor(node: Parents): boolean {
  if (node.type === 'markdownInHtml') return node.mode === 'block'
  return acceptors.has(node.type) || node.children.some((child) => blocks.has(child.type))
}

/**
 * The blocks of a subtree in document order, without the containers around them: holders
 * become paragraphs (headings stay headings), tables and childless blocks stay as they are.
 */
function liftBlocks(root: Parents): RootContent[] {
  const lifted: RootContent[] = []
  const stack: RootContent[] = [...(root.children as RootContent[])].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!('children' in node) || node.type === 'table' || node.type === 'heading' || node.type === 'paragraph') {
      lifted.push(node)
    } else if (isHolder(node)) {
      const paragraph = {type: 'paragraph', children: node.children, position: node.position} as RootContent
      lifted.push(paragraph)
    } else {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as RootContent)
    }
  }
  return lifted
}

/** The text of a subtree (literal values and image alternatives), without recursion. */
function plainText(root: Nodes): string {
  let text = ''
  const stack: Nodes[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
    } else if (node.type === 'image' || node.type === 'imageReference') {
      text += node.alt ?? ''
    } else if ('value' in node && typeof node.value === 'string' && node.type !== 'html') {
      text += node.value
    }
  }
  return text
}
