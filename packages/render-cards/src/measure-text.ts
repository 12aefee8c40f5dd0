import {measureFonts} from './fonts.js'

/** Width in pixels of `text` set on one line in the card font, with kerning, as satori shapes it. */
export function measureText(text: string, fontSize: number, weight: 400 | 700 = 400): number {
  const font = measureFonts[weight]
  return (font.layout(text).advanceWidth / font.unitsPerEm) * fontSize
}
