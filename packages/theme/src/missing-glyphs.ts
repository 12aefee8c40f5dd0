import {fontFace, loadFont} from './font-faces.js'
import type {FontFace} from './types.js'

const invisible = /^[\p{Cc}\p{Cf}\p{Variation_Selector}]$/u
const cmaps = new Map<string, (codePoint: number) => number>()

/**
 * Characters of `text` that a face has no glyph for (they would print as boxes), each once,
 * in order of appearance. Control characters (line breaks, tabs) and invisible format characters
 * (variation selectors, zero-width joiners, BOM) are layout, not glyphs, and are skipped.
 */
export function missingGlyphs(text: string, face: FontFace = fontFace()): string[] {
  let glyphOf = cmaps.get(face.file)
  if (!glyphOf) {
    glyphOf = readCmap(loadFont(face))
    cmaps.set(face.file, glyphOf)
  }
  const missing = new Set<string>()
  for (const char of text) {
    if (invisible.test(char) || missing.has(char)) continue
    if (glyphOf(char.codePointAt(0) ?? 0) === 0) missing.add(char)
  }
  return [...missing]
}

/**
 * The Unicode cmap of a TrueType/OpenType font as code point → glyph id (0 is the "missing" box).
 * Reads subtable format 12 (full Unicode) or else 4 (BMP), the two every modern font ships.
 */
export function readCmap(font: Buffer): (codePoint: number) => number {
  const tables = font.readUInt16BE(4)
  let cmap = -1
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16
    if (font.toString('latin1', record, record + 4) === 'cmap') cmap = font.readUInt32BE(record + 8)
  }
  if (cmap < 0) throw new Error('Font has no cmap table')
  const subtables: Array<{format: number; offset: number}> = []
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + i * 8
    const platform = font.readUInt16BE(record)
    const encoding = font.readUInt16BE(record + 2)
    // Unicode platform, or Windows Unicode BMP (1) / full (10).
    if (platform !== 0 && !(platform === 3 && (encoding === 1 || encoding === 10))) continue
    const offset = cmap + font.readUInt32BE(record + 4)
    subtables.push({format: font.readUInt16BE(offset), offset})
  }
  const best = subtables.find((table) => table.format === 12) ?? subtables.find((table) => table.format === 4)
  if (!best) throw new Error('Font has no Unicode cmap subtable of format 4 or 12')
  return best.format === 12 ? format12(font, best.offset) : format4(font, best.offset)
}

function format12(font: Buffer, offset: number): (codePoint: number) => number {
  const groups = font.readUInt32BE(offset + 12)
  return (codePoint) => {
    for (let i = 0; i < groups; i++) {
      const group = offset + 16 + i * 12
      const start = font.readUInt32BE(group)
      if (codePoint >= start && codePoint <= font.readUInt32BE(group + 4)) return font.readUInt32BE(group + 8) + codePoint - start
    }
    return 0
  }
}

function format4(font: Buffer, offset: number): (codePoint: number) => number {
  const segments = font.readUInt16BE(offset + 6) / 2
  const ends = offset + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  return (codePoint) => {
    for (let i = 0; i < segments; i++) {
      if (codePoint > font.readUInt16BE(ends + i * 2)) continue
      const start = font.readUInt16BE(starts + i * 2)
      if (codePoint < start) return 0
      const delta = font.readUInt16BE(deltas + i * 2)
      const rangeOffset = font.readUInt16BE(rangeOffsets + i * 2)
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff
      const glyph = font.readUInt16BE(rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2)
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff
    }
    return 0
  }
}
