import {textOn} from './accent-color.js'
import {h, img, type CardNode} from './h.js'
import {missingGlyphs} from '@samizdat/theme'

/** What a tile shows: a picture (data URI) on white, or the name's first letter on the accent. */
export interface TileProps {
  size: number
  /** Data URI of the logo or icon; null draws a monogram. */
  image: string | null
  /** The name the monogram is taken from. */
  name: string
  accent: string
}

/** A rounded square with the logo, like an app icon; without a logo, a monogram on the brand colour. */
export function logoTile({size, image, name, accent}: TileProps): CardNode {
  const box = {display: 'flex', alignItems: 'center', justifyContent: 'center', width: size, height: size, flexShrink: 0, borderRadius: Math.round(size * 0.22)}
  if (image !== null) {
    const inner = Math.round(size * 0.72)
    return h('div', {...box, backgroundColor: '#ffffff'}, img(image, inner, inner, {objectFit: 'contain'}))
  }
  return h(
    'div',
    {...box, backgroundColor: accent, color: textOn(accent), fontSize: Math.round(size * 0.56), fontWeight: 700, lineHeight: 1},
    monogram(name)
  )
}

/** The first letter or digit of a name, capitalised; `?` when it has none the font can draw. */
export function monogram(name: string): string {
  for (const char of name) {
    if (/[\p{L}\p{N}]/u.test(char) && missingGlyphs(char).length === 0) return char.toLocaleUpperCase('ru')
  }
  return '?'
}
