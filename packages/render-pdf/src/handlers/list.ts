import type {List, ListItem} from 'mdast'
import type {Flow} from '../flow.js'
import {drawLine} from '../inline/draw-line.js'
import type {Line} from '../inline/types.js'
import {blocks, bodyStyle} from './blocks.js'
import {paragraph} from './paragraph.js'

/** A bulleted or numbered list; items hang from their markers. */
export function list(node: List, flow: Flow): void {
  flow.gap(flow.type.size * 0.3)
  flow.struct('L', () => {
    node.children.forEach((item, index) => {
      const marker = item.checked === true ? '[x]' : item.checked === false ? '[ ]' : node.ordered ? `${(node.start ?? 1) + index}.` : '•'
      listItem(item, flow, marker)
    })
  })
}

/** One list item, its marker beside the first line of its first block. */
export function listItem(node: ListItem, flow: Flow, marker = '•'): void {
  const indent = flow.type.size * (marker.length > 2 ? 2.4 : 1.5)
  const drawMarker = (y: number, line?: Line) => {
    const [label] = flow.layout([{kind: 'text', text: marker, marks: {mono: marker.startsWith('[')}}], bodyStyle(flow, {hyphenate: false}))
    if (!label) return
    // Markers share the baseline of the first line.
    const top = line ? y + line.ascent - label.ascent : y
    flow.struct('Lbl', () => flow.tagged(() => drawLine(flow.canvas, label, flow.left - indent, top)))
  }
  flow.struct('LI', () =>
    flow.indented(indent, 0, () => {
      const [first, ...rest] = node.children
      flow.struct('LBody', () => {
        if (first?.type === 'paragraph') {
          paragraph(first, flow, {onFirstLine: drawMarker})
        } else {
          flow.ensure(flow.type.size * 2.6)
          drawMarker(flow.y)
          if (first) blocks([first], flow)
        }
        blocks(rest, flow)
      })
    })
  )
}
