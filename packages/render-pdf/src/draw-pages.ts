import {fill} from '@samizdat/messages'
import type {Canvas} from './canvas.js'
import type {Frame} from './flow.js'
import type {Footnotes} from './footnotes.js'
import {multiply} from './multiply.js'
import type {FrameSegment, LaidPage} from './paginate.js'
import type {Tags} from './tags.js'
import type {DrawContext} from './vertical-list.js'

/** A block at the foot of a page, below the footnotes (a leaflet's QR codes), measured before the page is filled. */
export interface PageFoot {
  height: number
  draw: (top: number, context: DrawContext) => void
}

/** What every page of a document shares when it is drawn. */
export interface PageDrawing {
  canvas: Canvas
  tags: Tags
  frame: Frame
  footnotes: Footnotes
  /** Lowest y of the body and footnotes on a page (the same as the paginator was given). */
  bottom: (index: number) => number
  /** The page's foot block, if it has one. */
  foot: (index: number) => PageFoot | null
  /** Running title, size of the page furniture. */
  title: string
  furnitureSize: number
  /** The catalogue's page number, `{page} / {pages}`. */
  pageNumber: string
}

/**
 * Draw paginated pages in reading order: the body's pieces, the boxes around them (tints laid
 * with a multiply blend after the text, so they never hide it), the footnotes, the page's foot,
 * and the running title and "n / N" in the margins.
 */
export function drawPages(pages: readonly LaidPage[], drawing: PageDrawing): void {
  const {canvas, tags} = drawing
  pages.forEach((page, index) => {
    if (index > 0) canvas.doc.addPage()
    canvas.page = index
    page.placements.forEach((placement, at) => {
      placement.piece.draw(placement.y, {canvas, tags, first: at === 0, last: at === page.placements.length - 1, repeated: placement.repeated})
    })
    for (const segment of page.frames) drawFrame(canvas, tags, segment)
    drawing.footnotes.draw(page.notes, drawing.frame.left, drawing.bottom(index), tags)
    const foot = drawing.foot(index)
    if (foot) foot.draw(drawing.frame.bottom - foot.height, {canvas, tags, first: false, last: true, repeated: false})
    drawFurniture(drawing, index, pages.length)
  })
}

function drawFrame(canvas: Canvas, tags: Tags, segment: FrameSegment): void {
  const {doc} = canvas
  const {style, left, right} = segment.frame
  const height = segment.bottom - segment.top
  if (height <= 0) return
  const top = segment.top
  tags.artifact(() => {
    if (style.tint) multiply(doc, () => doc.rect(left, top, right - left, height).fill(style.tint as string))
    if (style.border) {
      doc.save().lineWidth(0.6).strokeColor(style.border)
      doc.rect(left + 0.3, top + 0.3, right - left - 0.6, height - 0.6).stroke()
      doc.restore()
    }
    if (style.bar) doc.rect(left, top, 3, height).fill(style.bar)
  })
  canvas.record({x: left, y: top, width: right - left, height, kind: 'graphic'})
}

/**
 * The running title at the top of the page and "n / N" at the bottom, in the margins. They repeat
 * on every page, so they are artifacts, not content.
 */
function drawFurniture(drawing: PageDrawing, index: number, count: number): void {
  const {canvas, tags, frame, furnitureSize: size} = drawing
  const {doc} = canvas
  const style = {font: 'regular' as const, size, color: '#333333'}
  const number = fill(drawing.pageNumber, {page: index + 1, pages: count})
  const numberWidth = canvas.width(style, number)
  // A title too long for the header is cut with an ellipsis rather than run past the margin.
  let shown = drawing.title
  const room = frame.right - frame.left - numberWidth - size * 2
  while (shown.length > 1 && canvas.width(style, shown) > room) shown = `${shown.slice(0, -2).trimEnd()}…`
  const header = frame.top - size * 1.6
  const footer = frame.bottom + size * 2.2
  canvas.furniture = true
  tags.artifact(() => {
    canvas.text(shown, frame.left, header, style, {width: canvas.width(style, shown)})
    doc.save().moveTo(frame.left, header + size * 0.5).lineTo(frame.right, header + size * 0.5).lineWidth(0.4).strokeColor('#999999').stroke().restore()
    canvas.text(number, frame.right - numberWidth, footer, style, {width: numberWidth})
  }, 'Pagination')
  canvas.furniture = false
}
