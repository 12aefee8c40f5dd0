import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fontFace, loadFont, missingGlyphs} from '@samizdat/theme'
import {create, type Font} from 'fontkit'
import {cacheSubsetGlyphs} from './subset-glyphs.js'

const require = createRequire(import.meta.url)

/** The faces a PDF uses, by the name they are registered under in every document. */
export type FontName = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'mono' | 'monoBold'

/** Every face, in the order documents register them. */
export const fontNames: readonly FontName[] = ['regular', 'bold', 'italic', 'boldItalic', 'mono', 'monoBold']

/** Display names, for warnings people read. */
const fontTitles: Record<FontName, string> = {
  regular: 'PT Sans',
  bold: 'PT Sans Bold',
  italic: 'PT Sans Italic',
  boldItalic: 'PT Sans Bold Italic',
  mono: 'JetBrains Mono',
  monoBold: 'JetBrains Mono Bold'
}

// JetBrains Mono for URLs and code: its 0/O and l/1/I differ at a glance, which matters when
// someone types a printed address by hand. It covers Cyrillic too. PT Sans comes from the theme.
function mono(name: string): {file: string; bytes: Buffer} {
  const file = require.resolve(`@expo-google-fonts/jetbrains-mono/${name}/JetBrainsMono_${name}.ttf`)
  return {file, bytes: readFileSync(file)}
}

/** fontkit's caches we care about: glyph objects by id, and the lazily built cmap lookup. */
interface FontkitCaches {
  _glyphs: Record<number, unknown>
  _cmapProcessor: unknown
}

function parse(bytes: Buffer): Font {
  const font = create(bytes)
  // Built on first use and kept on whichever object asked: ask here, so every view shares it.
  void (font as unknown as FontkitCaches)._cmapProcessor
  return font
}

/** One face, read and parsed once per process. */
export interface LoadedFont {
  bytes: Buffer
  /**
   * The parsed font. Parsing is most of the cost of a small PDF, so it happens once; documents
   * get a {@link documentFont} view of it.
   */
  font: Font
  /** Characters of a text this face cannot draw. */
  missing: (text: string) => string[]
}

function loadFonts(): Record<FontName, LoadedFont> {
  const sans = (weight: 400 | 700, style: 'normal' | 'italic'): LoadedFont => {
    const face = fontFace(weight, style)
    const bytes = loadFont(face)
    return {bytes, font: parse(bytes), missing: (text) => missingGlyphs(text, face)}
  }
  const monoFace = (name: string): LoadedFont => {
    const {file, bytes} = mono(name)
    // missingGlyphs reads the cmap only; the face's other fields do not matter to it.
    const face = {family: 'PT Sans', weight: 400, style: 'normal', file} as const
    return {bytes, font: parse(bytes), missing: (text) => missingGlyphs(text, face)}
  }
  return {
    regular: sans(400, 'normal'),
    bold: sans(700, 'normal'),
    italic: sans(400, 'italic'),
    boldItalic: sans(700, 'italic'),
    mono: monoFace('400Regular'),
    monoBold: monoFace('700Bold')
  }
}

let fonts: Record<FontName, LoadedFont> | undefined

/** Every face, read once per process. */
export function pdfFonts(): Record<FontName, LoadedFont> {
  fonts ??= loadFonts()
  return fonts
}

const coverage = new Map<FontName, Map<string, boolean>>()

/** Whether a face has a glyph for a character; remembered per process (it depends on nothing else). */
export function hasGlyph(font: FontName, char: string): boolean {
  let face = coverage.get(font)
  if (!face) {
    face = new Map()
    coverage.set(font, face)
  }
  let known = face.get(char)
  if (known === undefined) {
    known = pdfFonts()[font].missing(char).length === 0
    face.set(char, known)
  }
  return known
}

/**
 * A face for one document: the parsed tables are shared, but glyph objects (and the shaper that
 * makes them) are the document's own. fontkit keeps a glyph object with the code points it was
 * first met with, and pdfkit writes those into the text layer: a glyph first met as a part of
 * another while subsetting (PT Sans builds Cyrillic В from Latin B) has none, so every later
 * document that shared it printed a B that copied and searched as nothing. With glyphs per
 * document, a PDF depends on its own content only, not on what was rendered before it.
 */
export function documentFont(name: FontName): Font {
  const shared = pdfFonts()[name].font
  const view = viewOf(shared)
  cacheSubsetGlyphs(view, shared, () => viewOf(shared))
  return view
}

function viewOf(font: Font): Font {
  const caches: Partial<FontkitCaches> = {_glyphs: {}}
  return Object.assign(Object.create(font) as Font, caches)
}

/** The name a face goes by in warnings. */
export function fontTitle(name: FontName): string {
  return fontTitles[name]
}
