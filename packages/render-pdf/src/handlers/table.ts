import type {Table, TableRow} from 'mdast'
import type {Flow} from '../flow.js'
import {drawLine} from '../inline/draw-line.js'
import type {Line} from '../inline/types.js'
import {bodyStyle} from './blocks.js'
import {phrasing} from './phrasing.js'

const pad = 4

/**
 * A table with ruled cells. Columns get their narrowest possible width plus a share of the rest
 * in proportion to how much more they would like; rows never split, and the header row repeats
 * on every page the table reaches.
 */
export function table(node: Table, flow: Flow): void {
  const [head, ...body] = node.children
  if (!head) return
  const columns = Math.max(...node.children.map((row) => row.children.length))
  const size = flow.type.size * 0.9
  const style = (header: boolean) => bodyStyle(flow, {size, bold: header})
  const runsOf = (row: TableRow, header: boolean) => row.children.map((cell) => ({runs: phrasing(cell.children, flow), style: style(header)}))
  const rows = [runsOf(head, true), ...body.map((row) => runsOf(row, false))]

  // One line per cell gives the width a column would like; its widest word or syllable, the least it needs.
  const wanted = new Array<number>(columns).fill(0)
  const least = new Array<number>(columns).fill(0)
  for (const row of rows) {
    row.forEach((cell, column) => {
      const natural = flow.layout(cell.runs, cell.style, Number.POSITIVE_INFINITY)
      wanted[column] = Math.max(wanted[column] ?? 0, ...natural.map((line) => line.width))
      const widest = natural.flatMap((line) => line.items.map((item) => item.width))
      least[column] = Math.max(least[column] ?? 0, ...widest)
    })
  }
  const available = flow.width - columns * 2 * pad
  const widths = columnWidths(wanted, least, available).map((width) => width + 2 * pad)

  const layoutRow = (row: (typeof rows)[number]) => {
    const cells = widths.map((width, column) => {
      const cell = row[column]
      return cell ? flow.layout(cell.runs, cell.style, width - 2 * pad) : []
    })
    const height = Math.max(...cells.map((lines) => lines.reduce((sum, line) => sum + line.height, 0))) + 2 * pad
    return {cells, height}
  }
  const headRow = layoutRow(rows[0] ?? [])

  flow.gap(flow.type.size * 0.55)
  flow.struct('Table', () => {
    let first = true
    rows.forEach((row, index) => {
      if (index === 0) return
      const laid = layoutRow(row)
      const pageBefore = flow.canvas.page
      flow.ensureWithNotes(first ? headRow.height + laid.height : laid.height, laid.cells.flat())
      if (first || flow.canvas.page !== pageBefore) drawRow(flow, headRow, widths, true)
      first = false
      drawRow(flow, laid, widths, false)
    })
    if (rows.length === 1) {
      flow.ensure(headRow.height)
      drawRow(flow, headRow, widths, true)
    }
  })
  flow.y += flow.type.size * 0.3
}

function drawRow(flow: Flow, row: {cells: Line[][]; height: number}, widths: number[], header: boolean): void {
  const {doc} = flow
  const top = flow.y
  let x = flow.left
  flow.artifact(() => {
    if (header) doc.rect(flow.left, top, widths.reduce((a, b) => a + b, 0), row.height).fill('#e6e6e6')
    doc.save().lineWidth(0.5).strokeColor('#666666')
    let edge = flow.left
    for (const width of widths) {
      doc.rect(edge, top, width, row.height).stroke()
      edge += width
    }
    doc.restore()
  })
  flow.struct('TR', () => {
    row.cells.forEach((lines, column) => {
      let y = top + pad
      flow.struct(header ? 'TH' : 'TD', () =>
        flow.tagged(() => {
          for (const line of lines) {
            drawLine(flow.canvas, line, x + pad, y)
            y += line.height
          }
        })
      )
      x += widths[column] ?? 0
    })
  })
  flow.canvas.record({x: flow.left, y: top, width: x - flow.left, height: row.height, kind: 'graphic'})
  flow.y = top + row.height
}

/** Share `available` between columns: each its least, the rest by how much more it wants. */
export function columnWidths(wanted: number[], least: number[], available: number): number[] {
  const totalLeast = least.reduce((a, b) => a + b, 0)
  if (totalLeast >= available) return least.map((width) => (width / Math.max(totalLeast, 1)) * available)
  const extra = wanted.map((width, column) => Math.max(0, width - (least[column] ?? 0)))
  const totalExtra = extra.reduce((a, b) => a + b, 0)
  const spare = available - totalLeast
  if (totalExtra <= spare) return wanted.map((width, column) => Math.max(width, least[column] ?? 0))
  return least.map((width, column) => width + ((extra[column] ?? 0) / totalExtra) * spare)
}
