import {fontTitle, hasGlyph, type FontName} from './fonts.js'
import type {Measurer} from './inline/to-items.js'
import {textWidth} from './measure.js'
import {multiply} from './multiply.js'
import {shareShaping} from './shaping.js'
import type {TextStyle} from './inline/types.js'

/** Something drawn, in points from the page's top-left corner: what the margin tests check. */
export interface DrawnBox {
  /** 0-based page index. */
  page: number
  x: number
  y: number
  width: number
  height: number
  /**
   * `text` for body text; `image` for pictures and QR codes (nothing may overlap them);
   * `graphic` for rules, box frames and icons; `furniture` for running titles and page numbers,
   * which live in the margin.
   */
  kind: 'text' | 'image' | 'graphic' | 'furniture'
  /** For a QR code: the URL it encodes, so a test can crop and decode it. */
  qr?: string
}

const fontOrder: FontName[] = ['regular', 'mono']

/** pdfkit's drawing of one unwrapped line of text (pdfkit 0.20, `mixins/text.js`). */
interface TextInternals {
  _fragment(text: string, x: number, y: number, options: Record<string, unknown>): void
}

/**
 * The one place that draws on a pdfkit document: it measures text, falls back to a face that has
 * a glyph (or `?`, with a warning) so nothing prints as a box, and reports every drawn box.
 */
export class Canvas implements Measurer {
  readonly doc: PDFKit.PDFDocument
  readonly warnings: string[] = []
  /** Index of the page being drawn on. */
  page = 0
  /** While true, what is drawn is page furniture, allowed in the margins. */
  furniture = false
  private readonly onDraw: ((box: DrawnBox) => void) | undefined
  private readonly warned = new Set<string>()

  constructor(doc: PDFKit.PDFDocument, onDraw?: (box: DrawnBox) => void) {
    this.doc = doc
    this.onDraw = onDraw
  }

  /** Width of `text` in a style, in points. */
  width(style: Pick<TextStyle, 'font' | 'size'>, text: string): number {
    return textWidth(style.font, style.size, text)
  }

  /** Whether `font` has a glyph for every character of `text`. */
  covers(font: FontName, text: string): boolean {
    for (const char of text) if (!hasGlyph(font, char)) return false
    return true
  }

  /** Split `text` into pieces drawable in one face each; characters no face has become `?`. */
  cover(font: FontName, text: string): Array<{font: FontName; text: string}> {
    const pieces: Array<{font: FontName; text: string}> = []
    for (const char of text) {
      let face: FontName | undefined = [font, ...fontOrder].find((candidate) => hasGlyph(candidate, char))
      let shown = char
      if (!face) {
        face = font
        shown = '?'
        if (!this.warned.has(char)) {
          this.warned.add(char)
          const code = char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')
          this.warnings.push(`U+${code} ${JSON.stringify(char)} is in no embedded font (${fontTitle(font)}, JetBrains Mono): printed as "?"`)
        }
      }
      const last = pieces[pieces.length - 1]
      if (last && last.font === face) last.text += shown
      else pieces.push({font: face, text: shown})
    }
    return pieces
  }

  /**
   * Draw one line's worth of text with its baseline at `baseline`; never wraps. `options.width`
   * is the text's measured width (our line breaker knows it), so pdfkit is handed it instead of
   * shaping the text twice more to measure it: `doc.text` without wrapping ends in pdfkit's
   * `_fragment`, which takes the width as `textWidth`; the content it writes is the same.
   */
  text(text: string, x: number, baseline: number, style: TextStyle, options: {width: number; link?: string}): void {
    const {doc} = this
    if (style.highlight) {
      // Under the text, multiplied, so the letters stay black on the grey band.
      multiply(doc, () => doc.rect(x, baseline - style.size * 0.9, options.width, style.size * 1.15).fill('#dddddd'))
    }
    doc.font(style.font).fontSize(style.size).fillColor(style.color)
    shareShaping(doc, style.font)
    ;(doc as unknown as TextInternals)._fragment(text, x, baseline, {baseline: 'alphabetic', textWidth: options.width, wordCount: 1, ...(options.link ? {link: options.link} : {})})
    if (style.underline) {
      const y = baseline + style.size * 0.12
      doc.save().moveTo(x, y).lineTo(x + options.width, y).lineWidth(style.size * 0.06).strokeColor(style.color).stroke().restore()
    }
    if (style.strike) {
      const y = baseline - style.size * 0.28
      doc.save().moveTo(x, y).lineTo(x + options.width, y).lineWidth(style.size * 0.06).strokeColor(style.color).stroke().restore()
    }
    // Glyph ink stays within the ascender and descender; measured widths include side bearings.
    this.record({x, y: baseline - style.size * 0.98, width: options.width, height: style.size * 1.25, kind: 'text'})
  }

  /** Draw a picture (PNG or JPEG bytes) into a box and report it. */
  image(data: Buffer, x: number, y: number, width: number, height: number): void {
    this.doc.image(data, x, y, {width, height})
    this.record({x, y, width, height, kind: 'image'})
  }

  /** Report a drawn rectangle (shapes are drawn by the caller through `doc`). */
  record(box: Omit<DrawnBox, 'page'>): void {
    this.onDraw?.({page: this.page, ...box, ...(this.furniture ? {kind: 'furniture' as const} : {})})
  }
}
