import type {Table, TableRow} from 'mdast'
import {Flow, wordsOf} from '../flow.js'
import {drawLine} from '../inline/draw-line.js'
import type {Line, Note} from '../inline/types.js'
import type {StructNode} from '../tags.js'
import type {DrawContext, Piece} from '../vertical-list.js'
import {bodyStyle} from './blocks.js'
import {phrasing} from './phrasing.js'

const pad = 4

/** A row laid out: each cell's lines, and the row's height. */
interface LaidRow {
  cells: Line[][]
  height: number
}

/**
 * A table with ruled cells. Columns get their narrowest possible width plus a share of the rest
 * in proportion to how much more they would like. Pages break between rows, and the header row
 * is drawn again at the top of every page the table reaches; a row taller than half a page
 * breaks between its lines.
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
  const layoutRow = (row: (typeof rows)[number]): LaidRow => {
    const cells = widths.map((width, column) => {
      const cell = row[column]
      return cell ? flow.layout(cell.runs, cell.style, width - 2 * pad) : []
    })
    return {cells, height: Math.max(...cells.map((lines) => Flow.height(lines))) + 2 * pad}
  }
  const left = flow.left
  const tallest = (flow.frame.bottom - flow.frame.top) * 0.5

  flow.gap(flow.type.size * 0.55)
  flow.struct('Table', () => {
    let header: Piece | undefined
    rows.forEach((row, index) => {
      const laid = layoutRow(row)
      const isHeader = index === 0
      flow.struct('TR', () => {
        const cells = laid.cells.map(() => flow.structChild(isHeader ? 'TH' : 'TD'))
        for (const slice of slices(laid, tallest)) {
          const piece = flow.place(slice.height, (y, context) => drawSlice(context, laid, slice, {left, widths, cells, header: isHeader, y}), {
            keep: isHeader || !slice.last,
            words: laid.cells.reduce((sum, lines) => sum + lines.slice(slice.from, slice.to).reduce((words, line) => words + wordsOf(line), 0), 0),
            lines: Math.max(...laid.cells.map((lines) => lines.slice(slice.from, slice.to).length)),
            notes: notesOf(laid.cells.flatMap((lines) => lines.slice(slice.from, slice.to))),
            ...(header ? {repeat: header} : {})
          })
          if (isHeader) header = piece
        }
      })
    })
  })
  flow.gap(flow.type.size * 0.3)
}

/** A horizontal band of a row: lines `from`..`to` of its tallest cell and whatever sits beside them. */
interface Slice {
  /** Offset of the band in the row's content, and its end. */
  top: number
  bottom: number
  height: number
  first: boolean
  last: boolean
  /** Line range of the cell the band was measured on (for counting). */
  from: number
  to: number
}

/** Cut a row into bands no taller than `tallest`, between lines of every cell. */
function slices(row: LaidRow, tallest: number): Slice[] {
  const content = row.height - 2 * pad
  const cuts = [0]
  let start = 0
  while (content - start > tallest) {
    let cut = start + tallest
    for (const lines of row.cells) {
      let top = 0
      for (const line of lines) {
        if (top < cut && top + line.height > cut) cut = Math.min(cut, top)
        top += line.height
      }
    }
    if (cut <= start + 1) cut = start + tallest
    cuts.push(cut)
    start = cut
  }
  cuts.push(content)
  const tallestCell = row.cells.reduce((best, lines) => (Flow.height(lines) > Flow.height(best) ? lines : best), row.cells[0] ?? [])
  const lineIndex = (offset: number) => {
    let top = 0
    let index = 0
    for (const line of tallestCell) {
      if (top >= offset - 0.01) break
      top += line.height
      index++
    }
    return index
  }
  return cuts.slice(0, -1).map((top, index) => {
    const bottom = cuts[index + 1] as number
    const first = index === 0
    const last = index === cuts.length - 2
    return {top, bottom, height: bottom - top + (first ? pad : 0) + (last ? pad : 0), first, last, from: lineIndex(top), to: last ? tallestCell.length : lineIndex(bottom)}
  })
}

function drawSlice(
  context: DrawContext,
  row: LaidRow,
  slice: Slice,
  table: {left: number; widths: number[]; cells: StructNode[]; header: boolean; y: number}
): void {
  const {canvas, tags} = context
  const {doc} = canvas
  const {left, widths, y} = table
  const total = widths.reduce((a, b) => a + b, 0)
  const top = y
  const bottom = y + slice.height
  tags.artifact(() => {
    if (table.header) doc.rect(left, top, total, slice.height).fill('#e6e6e6')
    doc.save().lineWidth(0.5).strokeColor('#666666')
    let edge = left
    for (const width of widths) {
      doc.moveTo(edge, top).lineTo(edge, bottom)
      edge += width
    }
    doc.moveTo(edge, top).lineTo(edge, bottom)
    // A band that opens the row or a page has its top rule; one that ends the row or a page, its bottom rule.
    if (slice.first || context.first) doc.moveTo(left, top).lineTo(edge, top)
    if (slice.last || context.last) doc.moveTo(left, bottom).lineTo(edge, bottom)
    doc.stroke()
    doc.restore()
  })
  let x = left
  row.cells.forEach((lines, column) => {
    const cellX = x
    const mark = (draw: () => void) => (context.repeated ? tags.artifact(draw) : tags.content(table.cells[column] ?? null, draw))
    let offset = 0
    const shown: Array<{line: Line; y: number}> = []
    for (const line of lines) {
      if (offset >= slice.top - 0.01 && offset < slice.bottom - 0.01) shown.push({line, y: y + (slice.first ? pad : 0) + offset - slice.top})
      offset += line.height
    }
    if (shown.length > 0) mark(() => shown.forEach((entry) => drawLine(canvas, entry.line, cellX + pad, entry.y)))
    x += widths[column] ?? 0
  })
  canvas.record({x: left, y: top, width: total, height: slice.height, kind: 'graphic'})
}

function notesOf(lines: Line[]): Note[] {
  const notes: Note[] = []
  for (const line of lines) for (const item of line.items) if (item.type === 'text' && item.note && !notes.includes(item.note)) notes.push(item.note)
  return notes
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
