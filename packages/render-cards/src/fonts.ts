import {fontFace, loadFont} from '@samizdat/theme'
import {create, type Font} from 'fontkit'

/** A font as satori takes it. */
export interface SatoriFont {
  name: string
  data: Buffer
  weight: 400 | 700
  style: 'normal'
}

/** The card font's family name, as templates write it in `fontFamily`. */
export const cardFontFamily = 'PT Sans'

// Read once per process (and per worker): every card reuses the same buffers.
const regular = loadFont(fontFace(400))
const bold = loadFont(fontFace(700))

/**
 * The fonts every card renders with. PT Sans is one full TTF per weight (Latin, Cyrillic,
 * digits, punctuation) under one family name, so satori never has to fall back per glyph.
 */
export const satoriFonts: SatoriFont[] = [
  {name: cardFontFamily, data: regular, weight: 400, style: 'normal'},
  {name: cardFontFamily, data: bold, weight: 700, style: 'normal'}
]

/** The same fonts parsed for measuring text, by weight. */
export const measureFonts: Record<400 | 700, Font> = {400: create(regular), 700: create(bold)}
