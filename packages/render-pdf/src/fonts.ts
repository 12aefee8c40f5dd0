import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fontFace, loadFont, missingGlyphs} from '@samizdat/theme'

const require = createRequire(import.meta.url)

/** The faces a PDF uses, by the name they are registered under in every document. */
export type FontName = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'mono' | 'monoBold'

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

interface LoadedFont {
  bytes: Buffer
  /** Characters of a text this face cannot draw. */
  missing: (text: string) => string[]
}

function loadFonts(): Record<FontName, LoadedFont> {
  const sans = (weight: 400 | 700, style: 'normal' | 'italic'): LoadedFont => {
    const face = fontFace(weight, style)
    return {bytes: loadFont(face), missing: (text) => missingGlyphs(text, face)}
  }
  const monoFace = (name: string): LoadedFont => {
    const {file, bytes} = mono(name)
    // missingGlyphs reads the cmap only; the face's other fields do not matter to it.
    const face = {family: 'PT Sans', weight: 400, style: 'normal', file} as const
    return {bytes, missing: (text) => missingGlyphs(text, face)}
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

/** The name a face goes by in warnings. */
export function fontTitle(name: FontName): string {
  return fontTitles[name]
}
