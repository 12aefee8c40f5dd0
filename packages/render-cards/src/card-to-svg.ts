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

/**
 * Lay out a card with satori. Text stays text (`<text>` at the position satori laid it out,
 * word by word), drawn by resvg with the same font files (`resvgOptions`): turning every
 * glyph into path data in JavaScript was half of satori's time and made a 160 KiB SVG for
 * resvg to parse again, where resvg outlines the same glyphs natively for nothing extra
 * (apps/bench/src/card-costs.mjs).
 */
export async function cardToSvg(node: CardNode, size: {width: number; height: number}): Promise<CardSvg> {
  const fallbacks: string[] = []
  const svg = await satori(node, {
    ...size,
    fonts: satoriFonts,
    embedFont: false,
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
