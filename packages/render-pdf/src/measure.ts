import type {FontName} from './fonts.js'
import {newDocument} from './new-document.js'
import {shareShaping} from './shaping.js'

let measuring: PDFKit.PDFDocument | undefined
// By face, then size, then text: a lookup hashes the text alone, not a key built for each call.
const widths = new Map<FontName, Map<number, Map<string, number>>>()

/**
 * Width of `text` in a face at a size, in points, remembered per process. pdfkit measures it on a
 * document of its own that is never written: a document's fonts and their numbering then depend
 * only on what it draws, never on what an earlier document happened to measure, so the bytes of
 * a PDF stay the same whichever order documents are made in.
 */
export function textWidth(font: FontName, size: number, text: string): number {
  let bySize = widths.get(font)
  if (!bySize) {
    bySize = new Map()
    widths.set(font, bySize)
  }
  let known = bySize.get(size)
  if (!known) {
    known = new Map()
    bySize.set(size, known)
  }
  let width = known.get(text)
  if (width === undefined) {
    measuring ??= newDocument({autoFirstPage: false})
    measuring.font(font).fontSize(size)
    shareShaping(measuring, font)
    width = measuring.widthOfString(text)
    known.set(text, width)
  }
  return width
}
