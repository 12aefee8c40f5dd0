import type {FontName} from './fonts.js'

/** The part of pdfkit's embedded font (pdfkit 0.20, `font/embedded.js`) that shapes text. */
interface EmbeddedFontInternals {
  layoutCache?: Record<string, unknown>
  layoutRun(text: string, features?: unknown): unknown
  samizdatShared?: true
}

const caches = new Map<FontName, Record<string, unknown>>()

/**
 * Make the document's current font (just chosen with `doc.font(name)`) share its shaped words
 * with every other document of this process. pdfkit shapes each word with fontkit once per
 * document, and shaping was a third of a leaflet's time; the same words recur in every leaflet
 * and handout. A cached word keeps only glyph ids, advances and code points, which `encode`
 * reads; each document still subsets its own glyphs. Words are shaped in whichever document
 * meets them first, always before that document is subset, so no shaped glyph lacks its code
 * points (see `documentFont`).
 *
 * JetBrains Mono is shaped with its ligatures off: it joins `--`, `->`, `==`, `//` (its `calt`
 * and `liga` features), which fontkit 2.0.4 cannot lay out (a RangeError reading the ligature
 * glyphs), and a printed `--` must read as the two hyphens to type anyway. Only fontkit's object
 * form turns a default feature off, and fontkit adds its defaults to the object it is given, so
 * each call gets a new one. Passed to pdfkit as a text option, features would bypass its cache;
 * they go in here instead. PT Sans keeps its defaults.
 */
export function shareShaping(doc: PDFKit.PDFDocument, name: FontName): void {
  const font = (doc as unknown as {_font: EmbeddedFontInternals})._font
  if (font.samizdatShared) return
  let cache = caches.get(name)
  if (!cache) {
    cache = Object.create(null) as Record<string, unknown>
    caches.set(name, cache)
  }
  font.layoutCache = cache
  if (name.startsWith('mono')) {
    const run = font.layoutRun.bind(font)
    font.layoutRun = (text) => run(text, {liga: false, calt: false})
  }
  font.samizdatShared = true
}
