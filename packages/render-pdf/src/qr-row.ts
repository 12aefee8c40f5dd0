import {fill} from '@samizdat/messages'
import type {Flow} from './flow.js'
import {siteMessages} from './site-messages.js'
import {drawLine} from './inline/draw-line.js'
import type {Line} from './inline/types.js'
import {drawQr, qrQuietWidth} from './qr.js'
import type {Target} from './targets.js'
import {printedUrl} from './url.js'

interface Row {
  column: number
  height: number
  items: Array<{target: Target; inset: number; lines: Line[]}>
}

const rowGap = 6

function linesHeight(lines: Line[]): number {
  return lines.reduce((sum, line) => sum + line.height, 0)
}

/** QR codes of `size` points in rows that fit the column, each over its label and printed address. */
function rows(flow: Flow, targets: Target[], size: number): Row[] {
  const perRow = Math.max(1, Math.floor(flow.width / size))
  const textSize = Math.max(7, Math.min(9, size / 9))
  const result: Row[] = []
  for (let start = 0; start < targets.length; start += perRow) {
    const slice = targets.slice(start, start + perRow)
    const column = Math.max(size, Math.min(flow.width / slice.length, size * 1.6))
    const items = slice.map((target) => {
      // Captions start where the code's dark modules do (the quiet zone is white anyway).
      const inset = qrQuietWidth(target.url, size)
      const width = column - 2 * inset
      return {
        target,
        inset,
        lines: [
          ...flow.layout([{kind: 'text', text: target.label, marks: {bold: true}}], {size: textSize, color: flow.type.color, hyphenate: true}, width),
          // JetBrains Mono: 0/O and l/1/I differ, for people typing the address by hand.
          ...flow.layout([{kind: 'text', text: printedUrl(target.url), marks: {mono: true}, url: true}], {size: textSize * 0.92, color: flow.type.color, hyphenate: false}, width)
        ]
      }
    })
    result.push({column, items, height: size + Math.max(0, ...items.map((item) => linesHeight(item.lines)))})
  }
  return result
}

/** Height that {@link drawQrRows} will take. */
export function qrRowsHeight(flow: Flow, targets: Target[], size: number): number {
  return rows(flow, targets, size).reduce((sum, row) => sum + row.height + rowGap, 0) - (targets.length > 0 ? rowGap : 0)
}

/** Draw QR codes with captions from (flow.left, y); returns the height drawn. */
export function drawQrRows(flow: Flow, targets: Target[], size: number, y: number): number {
  let top = y
  for (const row of rows(flow, targets, size)) {
    row.items.forEach((item, index) => {
      const x = flow.left + index * row.column
      flow.struct('Figure', () => flow.tagged(() => drawQr(flow.canvas, item.target.url, x, top, size)), {alt: fill(siteMessages(flow.bundle).qrAlt, {url: item.target.url})})
      let lineY = top + size
      flow.struct('P', () =>
        flow.tagged(() => {
          for (const line of item.lines) {
            drawLine(flow.canvas, line, x + item.inset, lineY)
            lineY += line.height
          }
        })
      )
    })
    top += row.height + rowGap
  }
  return Math.max(0, top - y - rowGap)
}
