import satori from 'satori'
import {emojiGraphic, iconToSvg} from '@samizdat/theme'
import {svgDataUri} from './icon-data-uri.js'
import {satoriFonts} from './fonts.js'
import type {CardNode} from './h.js'

/** A card drawn as SVG, and what satori could not draw with the card font. */
export interface CardSvg {
  svg: string
  /**
   * Text segments satori found no glyph for in the card font and would have drawn as boxes.
   * Empty for every card we write; the tests prove the check notices a missing glyph.
   */
  fallbacks: string[]
}

/** Lay out a card with satori: text becomes paths, so the SVG needs no font to be drawn. */
export async function cardToSvg(node: CardNode, size: {width: number; height: number}): Promise<CardSvg> {
  const fallbacks: string[] = []
  const svg = await satori(node, {
    ...size,
    fonts: satoriFonts,
    // Satori asks for more only for text none of our fonts covers. An emoji gets its Twemoji
    // picture from npm (as Material's pages show it); anything else gets "none", which keeps
    // rendering offline and lets us report the characters instead of hiding the boxes.
    loadAdditionalAsset: async (language: string, segment: string) => {
      const graphic = language === 'emoji' ? emojiGraphic(segment) : undefined
      if (graphic) return svgDataUri(iconToSvg(graphic))
      fallbacks.push(segment)
      return []
    }
  })
  return {svg, fallbacks}
}
