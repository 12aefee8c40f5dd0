import type {Flow} from '../flow.js'

/** A short centred rule: decoration, between blocks. */
export function thematicBreak(_node: unknown, flow: Flow): void {
  flow.gap(flow.type.size)
  const middle = (flow.left + flow.right) / 2
  flow.place(flow.type.size * 0.5, (y, {canvas, tags}) => {
    tags.artifact(() => canvas.doc.save().moveTo(middle - 40, y).lineTo(middle + 40, y).lineWidth(0.8).strokeColor('#555555').stroke().restore())
    canvas.record({x: middle - 40, y, width: 80, height: 1, kind: 'graphic'})
  })
}
