import {fontFace, loadFont} from '@samizdat/theme'

/** A font as satori takes it. */
export interface SatoriFont {
  name: string
  data: Buffer
  weight: 400 | 700
  style: 'normal'
}

/** The card font's family name, as templates write it in `fontFamily`. */
export const cardFontFamily = 'PT Sans'

// Read once per thread: every card reuses the same buffers (and satori its parsed fonts).
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

