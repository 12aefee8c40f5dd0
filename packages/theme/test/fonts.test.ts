import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fontFace, fontFaceCss, fontFaces, loadFont, missingGlyphs, webFonts} from '@samizdat/theme'

const content = new URL('../../../content/docs/', import.meta.url)
const pages = ['recommendations/messengers.md', 'index.md'].map((page) => readFileSync(new URL(page, content), 'utf8'))
const extras = '0123456789 ABCXYZ abcxyz .,:;!?()[]{}"\'-–—…«»„“”№%&@#/*+=<>|~^_`$€₽ ёЁйЙъЪ\u00a0\u00ad'

describe('fontFaces', () => {
  it('ships PT Sans regular, italic, bold and bold italic as TTF files', () => {
    expect(fontFaces.map((face) => `${face.weight} ${face.style}`)).toEqual(['400 normal', '400 italic', '700 normal', '700 italic'])
    for (const face of fontFaces) {
      expect(face.file).toMatch(/^\/.*PTSans_\w+\.ttf$/)
      // A TrueType file starts with version 1.0.
      expect(loadFont(face).readUInt32BE(0)).toBe(0x0001_0000)
    }
  })

  it('loads each file once', () => {
    const face = fontFace(700, 'italic')
    expect(loadFont(face)).toBe(loadFont(face))
    expect(face.file).toContain('700Bold_Italic')
    expect(fontFace(600).weight).toBe(700)
  })

  for (const face of fontFaces) {
    it(`${face.weight} ${face.style} has a glyph for every character of the seed pages, and common marks`, () => {
      expect(missingGlyphs(pages.join('\n') + extras, face)).toEqual([])
    })
  }

  it('notices a missing glyph (the check can fail)', () => {
    expect(missingGlyphs('Привет 😀 中 ⚠️\u200d\n', fontFace())).toEqual(['😀', '中', '⚠'])
  })
})

describe('webFonts', () => {
  it('lists 16 woff2 files: 4 subsets × 2 weights × 2 styles, each with its own range', () => {
    expect(webFonts).toHaveLength(16)
    const keys = new Set(webFonts.map((font) => `${font.subset} ${font.weight} ${font.style}`))
    expect(keys.size).toBe(16)
    for (const font of webFonts) {
      expect(font.file).toMatch(new RegExp(`/pt-sans-${font.subset}-${font.weight}-${font.style}\\.woff2$`))
      expect(readFileSync(font.file).toString('latin1', 0, 4)).toBe('wOF2')
      expect(font.unicodeRange).toMatch(/^U\+[\dA-F]+(?:-[\dA-F]+)?(?:,U\+[\dA-F]+(?:-[\dA-F]+)?)*$/)
    }
    const cyrillic = webFonts.find((font) => font.subset === 'cyrillic')
    expect(cyrillic?.unicodeRange).toContain('U+0400-045F')
  })

  it('writes @font-face rules with swap and a safely quoted URL', () => {
    const css = fontFaceCss((file) => `/assets/fonts/${file.split('/').at(-1)}`)
    expect(css.match(/@font-face/g)).toHaveLength(16)
    expect(css.match(/font-display: swap;/g)).toHaveLength(16)
    expect(css).toContain(`src: url("/assets/fonts/pt-sans-cyrillic-400-normal.woff2") format('woff2');`)
    const hostile = fontFaceCss(() => '"); } body { x: url("</style>')
    expect(hostile).not.toContain('</style')
    expect(hostile).not.toMatch(/url\(""/)
  })
})
