import {fill} from '@samizdat/messages'
import type {Flow} from './flow.js'
import {siteMessages} from './site-messages.js'

/**
 * The running title at the top of every page and "n / N" at the bottom, drawn into the margins
 * once the page count is known. They repeat on every page, so they are artifacts, not content.
 */
export function drawFurniture(flow: Flow, title: string): void {
  const {doc, canvas, frame} = flow
  const range = doc.bufferedPageRange()
  const size = Math.max(7, flow.type.size * 0.75)
  const style = {font: 'regular' as const, size, color: '#333333'}
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index)
    canvas.page = index
    const number = fill(siteMessages(flow.bundle).pageNumber, {page: index + 1, pages: range.count})
    const numberWidth = canvas.width(style, number)
    // A title too long for the header is cut with an ellipsis rather than run past the margin.
    let shown = title
    const room = frame.right - frame.left - numberWidth - size * 2
    while (shown.length > 1 && canvas.width(style, shown) > room) shown = `${shown.slice(0, -2).trimEnd()}…`
    const header = frame.top - size * 1.6
    const footer = frame.bottom + size * 2.2
    canvas.furniture = true
    flow.artifact(() => {
      canvas.text(shown, frame.left, header, style, {width: canvas.width(style, shown)})
      doc.save().moveTo(frame.left, header + size * 0.5).lineTo(frame.right, header + size * 0.5).lineWidth(0.4).strokeColor('#999999').stroke().restore()
      canvas.text(number, frame.right - numberWidth, footer, style, {width: numberWidth})
    }, 'Pagination')
    canvas.furniture = false
  }
}
