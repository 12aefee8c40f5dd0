import type {Heading} from 'mdast'
import type {Flow} from '../flow.js'
import {leading} from '../inline/break-lines.js'
import {bodyStyle} from './blocks.js'
import {phrasing} from './phrasing.js'

/** Heading sizes relative to the body text, by depth. */
const scale = [1.9, 1.5, 1.25, 1.1, 1, 1] as const

/** A heading, kept on the same page as at least two lines of what follows it. */
export function heading(node: Heading, flow: Flow): void {
  const size = flow.type.size * (scale[node.depth - 1] ?? 1)
  flow.gap(size * 0.9)
  const lines = flow.layout(phrasing(node.children, flow), bodyStyle(flow, {size, bold: true, hyphenate: false}))
  if (lines.length === 0) return
  const following = flow.type.size * 0.55 + 2 * flow.type.size * leading
  flow.struct(`H${node.depth}`, () => flow.lines(lines, {keepWithNext: following}))
  flow.y += size * 0.15
}
