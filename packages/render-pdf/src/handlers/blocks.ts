import type {PhrasingContent, RootContent} from 'mdast'
import type {Flow} from '../flow.js'
import type {BlockStyle} from '../inline/to-items.js'
import {admonition} from './admonition.js'
import {annotation, annotations} from './annotations.js'
import {blockquote} from './blockquote.js'
import {code} from './code.js'
import {defList, defListDescription, defListTerm} from './definition-list.js'
import {footnoteDefinition} from './footnote-definition.js'
import {heading} from './heading.js'
import {htmlBlock} from './html.js'
import {list, listItem} from './list.js'
import {markdownInHtml} from './markdown-in-html.js'
import {math} from './math.js'
import {paragraph} from './paragraph.js'
import {phrasingHandlers, textOf} from './phrasing.js'
import {tab, tabLabel, tabSet} from './tab-set.js'
import {table} from './table.js'
import {thematicBreak} from './thematic-break.js'

/** Lays one block node out in the flow (see `Flow`: pieces are placed and drawn later). */
export type BlockHandler<Node> = (node: Node, flow: Flow) => void

/** Node types that are not phrasing: each needs a block handler (the type checker says which is missing). */
export type BlockType = Exclude<RootContent['type'], PhrasingContent['type']>

/** One handler per block node type. */
export type BlockHandlers = {[Type in BlockType]: BlockHandler<Extract<RootContent, {type: Type}>>}

/** The body text style of a flow, with changes. */
export function bodyStyle(flow: Flow, changes: Partial<BlockStyle> = {}): BlockStyle {
  return {size: flow.type.size, color: flow.type.color, hyphenate: true, ...changes}
}

/** One handler per block node type. */
export const blockHandlers: BlockHandlers = {
  paragraph,
  heading,
  list,
  listItem,
  table,
  // Rows and cells only make sense inside their table; alone, they print their text.
  tableRow: (node, flow) => blocks(node.children, flow),
  tableCell: (node, flow) => paragraph({type: 'paragraph', children: node.children}, flow),
  blockquote,
  code,
  thematicBreak,
  admonition,
  math,
  // Outside its admonition (a hand-made tree), a title prints as a bold line.
  admonitionTitle: (node, flow) => paragraph({type: 'paragraph', children: [{type: 'strong', children: node.children}]}, flow),
  markdownInHtml,
  footnoteDefinition,
  tabSet,
  tab,
  tabLabel,
  defList,
  defListTerm,
  defListDescription,
  annotations,
  annotation,
  // Front matter, link and abbreviation definitions are data, not text.
  yaml: () => {},
  definition: () => {},
  abbreviationDefinition: () => {}
}

/**
 * Lay block nodes out in order. Raw HTML prints its text, structure and links; other phrasing
 * met at block level becomes a paragraph; unknown types print their text. The end of each block
 * is a place a leaflet cut short may end.
 */
export function blocks(nodes: RootContent[], flow: Flow): void {
  for (const node of nodes) {
    block(node, flow)
    flow.endBlock()
  }
}

function block(node: RootContent, flow: Flow): void {
  if (node.type === 'html') {
    htmlBlock(node, flow)
  } else if (Object.hasOwn(blockHandlers, node.type)) {
    ;(blockHandlers[node.type as BlockType] as BlockHandler<RootContent>)(node, flow)
  } else if (Object.hasOwn(phrasingHandlers, node.type)) {
    paragraph({type: 'paragraph', children: [node as PhrasingContent]}, flow)
  } else {
    flow.canvas.warnings.push(`No PDF handler for node "${node.type}": printed as plain text`)
    const text = textOf(node)
    if (text.trim()) paragraph({type: 'paragraph', children: [{type: 'text', value: text}]}, flow)
  }
}
