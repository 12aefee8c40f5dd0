import type {FootnoteDefinition} from 'mdast'
import type {Flow} from '../flow.js'
import {blocks, bodyStyle} from './blocks.js'

/** A Markdown footnote's text, where the author put it, under its label. */
export function footnoteDefinition(node: FootnoteDefinition, flow: Flow): void {
  flow.gap(flow.type.size * 0.55)
  flow.struct('Note', () => {
    flow.paragraph([{kind: 'text', text: `[${node.data?.number ?? node.label ?? node.identifier}]`, marks: {bold: true}}], bodyStyle(flow, {size: flow.type.size * 0.9}))
    flow.indented(flow.type.size, 0, () => blocks(node.children, flow))
  })
}
