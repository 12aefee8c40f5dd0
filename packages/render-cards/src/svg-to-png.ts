import {Resvg, type RenderedImage, type ResvgRenderOptions} from '@samizdat/theme/resvg'
import {encodePng} from './encode-png.js'

/**
 * resvg's options for every card. System fonts are never loaded: satori already turned every
 * glyph into a path, and scanning the system's fonts would double the time and tie the bytes
 * to the machine.
 */
export const resvgOptions = {font: {loadSystemFonts: false}} as const satisfies ResvgRenderOptions

/** Rasterise a card's SVG to PNG bytes. */
export function svgToPng(svg: string): Buffer {
  return encodePng(renderSvg(svg))
}

/** Rasterise a card's SVG (its pixels, not yet encoded as PNG). */
export function renderSvg(svg: string): RenderedImage {
  return new Resvg(svg, resvgOptions).render()
}
