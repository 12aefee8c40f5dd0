import type {List, ListItem} from 'mdast'
import type {Flow} from '../flow.js'
import {leading} from '../inline/break-lines.js'
import {drawLine} from '../inline/draw-line.js'
import type {Line} from '../inline/types.js'
import type {DrawContext} from '../vertical-list.js'
import {blocks, bodyStyle} from './blocks.js'
import {paragraph} from './paragraph.js'

/** A bulleted or numbered list; items hang from their markers and continue across pages. */
export function list(node: List, flow: Flow): void {
  flow.gap(flow.type.size * 0.3)
  flow.struct('L', () => {
    node.children.forEach((item, index) => {
      const marker = item.checked === true ? '[x]' : item.checked === false ? '[ ]' : node.ordered ? `${(node.start ?? 1) + index}.` : '•'
      listItem(item, flow, marker)
      flow.endBlock()
    })
  })
}

/** One list item, its marker beside the first line of its first block and never apart from it. */
export function listItem(node: ListItem, flow: Flow, marker = '•'): void {
  const indent = flow.type.size * (marker.length > 2 ? 2.4 : 1.5)
  const [label] = flow.layout([{kind: 'text', text: marker, marks: {mono: marker.startsWith('[')}}], bodyStyle(flow, {hyphenate: false}))
  flow.struct('LI', () => {
    const lbl = flow.structChild('Lbl')
    const x = flow.left
    const drawMarker = (y: number, line: Line | undefined, context: DrawContext) => {
      if (!label) return
      // Markers share the baseline of the first line.
      const top = line ? y + line.ascent - label.ascent : y
      context.tags.content(lbl, () => drawLine(context.canvas, label, x, top))
    }
    flow.indented(indent, 0, () => {
      const [first, ...rest] = node.children
      flow.struct('LBody', () => {
        if (first?.type === 'paragraph') {
          paragraph(first, flow, {onFirstLine: drawMarker})
        } else {
          // No line to hang the marker on: it stands alone, kept with what follows.
          flow.place(first ? 0 : flow.type.size * leading, (y, context) => drawMarker(y, undefined, context), {keep: Boolean(first)})
          if (first) blocks([first], flow)
        }
        if (rest.length > 0) flow.endBlock()
        blocks(rest, flow)
      })
    })
  })
}
