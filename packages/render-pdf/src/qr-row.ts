import {fill} from '@samizdat/messages'
import {Flow, wordsOf} from './flow.js'
import {drawLine} from './inline/draw-line.js'
import type {Line} from './inline/types.js'
import {drawQr, qrQuietWidth} from './qr.js'
import {siteMessages} from './site-messages.js'
import type {StructNode} from './tags.js'
import type {Target} from './targets.js'
import {printedUrl} from './url.js'
import type {DrawContext} from './vertical-list.js'

/** Sizes of a QR row's codes, in points, and how many rows of downloads it may hold. */
export interface QrSizes {
  /** Codes of the main targets: the product's site, its page in the guide, the guide's instructions. */
  main: number
  /** Codes of downloads (a store or a platform each). */
  download: number
  /** Rows of download codes at most; the downloads that do not fit print as addresses. Default: no limit. */
  downloadRows?: number
}

/** One code in a row, with its caption laid out under it. */
export interface QrCell {
  target: Target
  size: number
  /** Offset of the code from the row's left edge. */
  x: number
  /** Where the code's dark modules start: captions start there too. */
  inset: number
  caption: Line[]
}

/** A row of codes, laid out. */
export interface QrRowLayout {
  cells: QrCell[]
  height: number
}

/** Which targets get a code, in which row, and which print as addresses only. */
export interface QrPlan {
  rows: QrRowLayout[]
  /** Targets printed as addresses (links of other kinds, downloads that did not fit). */
  printed: Target[]
}

/** Space between rows of codes. */
export const qrRowGap = 6

/**
 * Plan a QR row for any number of targets so a page stays readable: the main targets as large
 * codes captioned with their label and address; downloads as smaller codes captioned with their
 * store, kept together by group, as many rows as allowed; everything else, and the downloads
 * that do not fit, as printed addresses.
 */
export function planQrRows(flow: Flow, targets: readonly Target[], sizes: QrSizes): QrPlan {
  const main = targets.filter((target) => (target.role ?? 'main') === 'main')
  const downloads = grouped(targets.filter((target) => target.role === 'download'))
  const printed = targets.filter((target) => target.role === 'link')
  const rows = rowsOf(flow, main, sizes.main, true)
  const perRow = Math.max(1, Math.floor(flow.width / (sizes.download * 1.25)))
  let kept = downloads.slice(0, perRow * (sizes.downloadRows ?? Number.POSITIVE_INFINITY))
  // A group (one store's or one platform's codes) is not split between codes and addresses.
  const cutGroup = downloads[kept.length]?.group
  if (cutGroup !== undefined && kept.some((target) => target.group !== cutGroup)) kept = kept.filter((target) => target.group !== cutGroup)
  rows.push(...rowsOf(flow, kept, sizes.download, false))
  return {rows, printed: [...downloads.filter((target) => !kept.includes(target)), ...printed]}
}

/** Total height of some rows, with the gaps between them. */
export function qrRowsHeight(rows: readonly QrRowLayout[]): number {
  return rows.reduce((sum, row) => sum + row.height, 0) + Math.max(0, rows.length - 1) * qrRowGap
}

function grouped(targets: Target[]): Target[] {
  const order = new Map<string, number>()
  targets.forEach((target, index) => order.set(target.group ?? `\u0000${index}`, order.get(target.group ?? `\u0000${index}`) ?? index))
  return targets
    .map((target, index) => ({target, index, group: order.get(target.group ?? `\u0000${index}`) ?? index}))
    .sort((a, b) => a.group - b.group || a.index - b.index)
    .map((entry) => entry.target)
}

function rowsOf(flow: Flow, targets: Target[], size: number, withAddress: boolean): QrRowLayout[] {
  const perRow = Math.max(1, Math.floor(flow.width / (withAddress ? size : size * 1.25)))
  const textSize = Math.max(7, Math.min(9, size / 9))
  const rows: QrRowLayout[] = []
  for (let start = 0; start < targets.length; start += perRow) {
    const slice = targets.slice(start, start + perRow)
    const column = Math.max(size, Math.min(flow.width / slice.length, size * 1.6))
    const cells = slice.map((target, index): QrCell => {
      const inset = qrQuietWidth(target.url, size)
      const width = column - 2 * inset
      const caption = [
        ...flow.layout([{kind: 'text', text: target.label, marks: {bold: true}}], {size: textSize, color: flow.type.color, hyphenate: true}, width),
        // JetBrains Mono: 0/O and l/1/I differ, for people typing the address by hand.
        ...(withAddress
          ? flow.layout([{kind: 'text', text: printedUrl(target.url), marks: {mono: true}, url: true}], {size: textSize * 0.92, color: flow.type.color, hyphenate: false}, width)
          : [])
      ]
      return {target, size, x: index * column, inset, caption}
    })
    rows.push({cells, height: size + Math.max(0, ...cells.map((cell) => Flow.height(cell.caption)))})
  }
  return rows
}

/** Structure nodes for a row's codes and captions, made while laying out so they join in reading order. */
export interface QrRowTags {
  figure: StructNode[]
  caption: StructNode[]
}

/** Tags for a row under the flow's current structure element. */
export function qrRowTags(flow: Flow, row: QrRowLayout): QrRowTags {
  return {
    figure: row.cells.map((cell) => flow.structChild('Figure', {alt: fill(siteMessages(flow.bundle).qrAlt, {url: cell.target.url})})),
    caption: row.cells.map(() => flow.structChild('P'))
  }
}

/** Draw a row of codes with their captions, its top-left corner at (left, y). */
export function drawQrRow(context: DrawContext, row: QrRowLayout, tags: QrRowTags, left: number, y: number): void {
  row.cells.forEach((cell, index) => {
    const x = left + cell.x
    context.tags.content(tags.figure[index] ?? null, () => drawQr(context.canvas, cell.target.url, x, y, cell.size))
    context.tags.content(tags.caption[index] ?? null, () => {
      let lineY = y + cell.size
      for (const line of cell.caption) {
        drawLine(context.canvas, line, x + cell.inset, lineY)
        lineY += line.height
      }
    })
  })
}

/** Words in a row's captions. */
export function qrRowWords(row: QrRowLayout): number {
  return row.cells.reduce((sum, cell) => sum + cell.caption.reduce((words, line) => words + wordsOf(line), 0), 0)
}

/** Lay out rows of codes as pieces of the flow, each kept whole. */
export function placeQrRows(flow: Flow, rows: readonly QrRowLayout[]): void {
  rows.forEach((row, index) => {
    if (index > 0) flow.gap(qrRowGap)
    const tags = qrRowTags(flow, row)
    const left = flow.left
    flow.place(row.height, (y, context) => drawQrRow(context, row, tags, left, y), {words: qrRowWords(row), lines: 1})
  })
}
