import type {FontName} from './fonts.js'
import {newDocument} from './new-document.js'
import {shareShaping} from './shaping.js'

let measuring: PDFKit.PDFDocument | undefined
const widths = new Map<string, number>()

/**
 * Width of `text` in a face at a size, in points, remembered per process. pdfkit measures it on a
 * document of its own that is never written: a document's fonts and their numbering then depend
 * only on what it draws, never on what an earlier document happened to measure, so the bytes of
 * a PDF stay the same whichever order documents are made in.
 */
export function textWidth(font: FontName, size: number, text: string): number {
  const key = `${font}\u0000${size}\u0000${text}`
  let width = widths.get(key)
  if (width === undefined) {
    measuring ??= newDocument({autoFirstPage: false})
    measuring.font(font).fontSize(size)
    shareShaping(measuring, font)
    width = measuring.widthOfString(text)
    widths.set(key, width)
  }
  return width
}
