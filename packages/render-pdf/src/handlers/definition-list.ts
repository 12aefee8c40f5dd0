import type {DefList, DefListDescription, DefListTerm} from '@samizdat/mkdocs-markdown'
import type {Flow} from '../flow.js'
import {blocks, bodyStyle} from './blocks.js'
import {phrasing} from './phrasing.js'

/** A definition list: each term bold, each description indented under it. */
export function defList(node: DefList, flow: Flow): void {
  flow.gap(flow.type.size * 0.3)
  flow.struct('L', () => blocks(node.children, flow))
}

/** A term: bold, kept on the page of its description. */
export function defListTerm(node: DefListTerm, flow: Flow): void {
  flow.gap(flow.type.size * 0.45)
  flow.struct('Lbl', () => flow.paragraph(phrasing(node.children, flow), bodyStyle(flow, {bold: true, hyphenate: false}), {keepWithNext: flow.type.size * 2.7}))
}

/** A description: its blocks, indented. */
export function defListDescription(node: DefListDescription, flow: Flow): void {
  flow.struct('LBody', () => flow.indented(flow.type.size * 1.6, 0, () => blocks(node.children, flow)))
}
