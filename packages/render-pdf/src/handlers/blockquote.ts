import type {Blockquote} from 'mdast'
import type {Flow} from '../flow.js'
import {blocks} from './blocks.js'

/** A quotation: indented behind a grey bar. */
export function blockquote(node: Blockquote, flow: Flow): void {
  flow.gap(flow.type.size * 0.55)
  flow.struct('BlockQuote', () =>
    flow.box({bar: '#777777', tint: null, border: null, padding: {top: 0, right: 0, bottom: 2, left: 12}}, () => blocks(node.children, flow))
  )
}
