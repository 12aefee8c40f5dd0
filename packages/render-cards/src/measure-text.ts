import {fontFace, loadFont} from '@samizdat/theme'
import {create, type Font} from 'fontkit'

// Parsed here, not with the fonts satori takes: only the thread that builds card trees
// measures text, and a pool thread that only draws cards never loads fontkit.
const measureFonts: Record<400 | 700, Font> = {400: create(loadFont(fontFace(400))), 700: create(loadFont(fontFace(700)))}

// Shaping with fontkit was a tenth of a card's CPU: fitting a text tries every size of a
// template, and each size re-measures the same growing prefixes of a line; the three sizes of
// a recommendation fit the same texts again, and every card measures the same guide name. A
// width in ems does not depend on the size, so each (weight, text) is shaped once. Bounded, so
// a huge guide's texts do not pile up: when full, the map starts over.
const ems = new Map<string, number>()
const maxEntries = 20_000

/** Width in pixels of `text` set on one line in the card font, with kerning, as satori shapes it. */
export function measureText(text: string, fontSize: number, weight: 400 | 700 = 400): number {
  const key = `${weight}${text}`
  let width = ems.get(key)
  if (width === undefined) {
    if (ems.size >= maxEntries) ems.clear()
    width = widthInEms(text, measureFonts[weight])
    ems.set(key, width)
  }
  return width * fontSize
}

function widthInEms(text: string, font: Font): number {
  // Satori draws an emoji as a picture one em wide; the font would measure it as nothing.
  // Most text has no character past U+2000 at all: measure it as it is.
  if (!/[\u2000-\uffff]/.test(text)) return font.layout(text).advanceWidth / font.unitsPerEm
  let emoji = 0
  const plain = text.replace(/\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*/gu, () => {
    emoji++
    return ''
  })
  return font.layout(plain).advanceWidth / font.unitsPerEm + emoji
}
