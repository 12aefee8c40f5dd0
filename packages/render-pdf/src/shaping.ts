import type {Font} from 'fontkit'
import {documentFont, type FontName} from './fonts.js'
import {simpleShaper} from './simple-shaping.js'

/** The part of pdfkit's embedded font (pdfkit 0.20, `font/embedded.js`) that shapes text. */
interface EmbeddedFontInternals {
  font: Font
  scale: number
  layoutCache?: Record<string, unknown>
  layoutRun(text: string, features?: unknown): unknown
  samizdatShared?: true
}

const caches = new Map<FontName, Record<string, unknown>>()
const shapers = new Map<FontName, {font: Font; simple: ReturnType<typeof simpleShaper>}>()

/**
 * Make the document's current font (just chosen with `doc.font(name)`) share its shaped words
 * with every other document of this process. pdfkit shapes each word with fontkit once per
 * document, and shaping was a third of a leaflet's time; the same words recur in every leaflet
 * and handout. A cached word keeps only glyph ids, advances and code points, which `encode`
 * reads; each document still subsets its own glyphs. The view words are shaped on is never
 * subset, so no shaped glyph lacks its code points (see `documentFont`).
 *
 * JetBrains Mono is shaped with its ligatures off: it joins `--`, `->`, `==`, `//` (its `calt`
 * and `liga` features), which fontkit 2.0.4 cannot lay out (a RangeError reading the ligature
 * glyphs), and a printed `--` must read as the two hyphens to type anyway. Only fontkit's object
 * form turns a default feature off, and fontkit adds its defaults to the object it is given, so
 * each call gets a new one. Passed to pdfkit as a text option, features would bypass its cache;
 * they go in here instead. PT Sans keeps its defaults.
 *
 * Words are shaped on one view of the font per process, not on the document's: fontkit builds
 * its shaper (and reads the GSUB and GPOS tables) once per font object, which cost most of the
 * time of a document's first new words.
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
  const mono = name.startsWith('mono')
  let shaper = shapers.get(name)
  if (!shaper) {
    const view = documentFont(name)
    shaper = {font: view, simple: simpleShaper(view, mono ? ['liga', 'calt'] : [])}
    shapers.set(name, shaper)
  }
  const layoutRun = Object.getPrototypeOf(font).layoutRun as EmbeddedFontInternals['layoutRun']
  const on = {font: shaper.font, scale: font.scale}
  const {simple} = shaper
  const general = mono ? (text: string) => layoutRun.call(on, text, {liga: false, calt: false}) : (text: string, features?: unknown) => layoutRun.call(on, text, features)
  // Most words take the short way (see simpleShaper); features asked for go to fontkit.
  font.layoutRun = simple ? (text, features) => (features === undefined ? simple(text, font.scale) : null) ?? general(text, features) : general
  font.samizdatShared = true
}
