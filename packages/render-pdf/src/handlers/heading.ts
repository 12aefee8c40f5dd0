import type {Heading} from 'mdast'
import type {Flow} from '../flow.js'
import {bodyStyle} from './blocks.js'
import {phrasing} from './phrasing.js'

/** Heading sizes relative to the body text, by depth. */
const scale = [1.9, 1.5, 1.25, 1.1, 1, 1] as const

/** A heading, never the last thing on a page: it keeps with the first lines of what follows. */
export function heading(node: Heading, flow: Flow): void {
  const size = flow.type.size * (scale[node.depth - 1] ?? 1)
  flow.gap(size * 0.9)
  const lines = flow.layout(phrasing(node.children, flow), bodyStyle(flow, {size, bold: true, hyphenate: false}))
  if (lines.length === 0) return
  flow.struct(`H${node.depth}`, () => flow.lines(lines, {keepWithNext: true}))
  // Every line of a heading keeps with the next, not only the first and last.
  for (let index = flow.items.length - lines.length; index < flow.items.length; index++) {
    const item = flow.items[index]
    if (item?.type === 'piece') item.keep = true
  }
  flow.gap(size * 0.15)
}
