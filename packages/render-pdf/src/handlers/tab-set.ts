import type {Tab, TabLabel, TabSet} from '@samizdat/mkdocs-markdown'
import type {Flow} from '../flow.js'
import {blocks, bodyStyle} from './blocks.js'
import {phrasing} from './phrasing.js'

/**
 * Content tabs on paper: every tab, in order, its label as a small bold heading kept with its
 * body, the set held together by a grey bar, since paper cannot switch tabs.
 */
export function tabSet(node: TabSet, flow: Flow): void {
  flow.gap(flow.type.size * 0.55)
  flow.struct('Div', () =>
    flow.box({bar: '#999999', tint: null, border: null, padding: {top: 0, right: 0, bottom: 2, left: 10}}, () => {
      for (const child of node.children) tab(child, flow)
    })
  )
}

/** One tab: its label, then its body. */
export function tab(node: Tab, flow: Flow): void {
  const [first, ...rest] = node.children
  if (first?.type === 'tabLabel') tabLabel(first, flow)
  blocks(first?.type === 'tabLabel' ? rest : node.children, flow)
}

/** A tab's label: bold, a little smaller than the text, kept on the page of what follows. */
export function tabLabel(node: TabLabel, flow: Flow): void {
  const runs = phrasing(node.children, flow)
  if (runs.length === 0) return
  flow.gap(flow.type.size * 0.6)
  flow.struct('Caption', () => flow.paragraph(runs, bodyStyle(flow, {bold: true, size: flow.type.size * 0.95, hyphenate: false}), {keepWithNext: flow.type.size * 2.7}))
}
