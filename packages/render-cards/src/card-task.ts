import {cardToSvg} from './card-to-svg.js'
import type {CardNode} from './h.js'
import {releaseMemory} from './release-memory.js'
import {svgToPng} from './svg-to-png.js'

/** One card to draw, as it travels to a pool thread: its PNG path (for messages), tree and size. */
export interface CardTaskInput {
  file: string
  node: CardNode
  size: {width: number; height: number}
}

/**
 * Draw one card to PNG bytes: satori lays it out (text as paths), resvg rasterises it. Runs on a
 * thread of the shared worker pool, or on the calling thread; the bytes are the same. Throws if
 * the card font lacks a glyph (drawableText() should have removed it).
 */
export async function renderCardPng({file, node, size}: CardTaskInput): Promise<Uint8Array> {
  const {svg, fallbacks} = await cardToSvg(node, size)
  if (fallbacks.length > 0) {
    throw new Error(`Card ${file}: the card font has no glyph for ${JSON.stringify(fallbacks.join(''))}; drawableText() should have removed it`)
  }
  const png = svgToPng(svg)
  await releaseMemory()
  return png
}
