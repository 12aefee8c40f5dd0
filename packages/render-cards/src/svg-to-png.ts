import {fontFace} from '@samizdat/theme'
import {Resvg, type RenderedImage, type ResvgRenderOptions} from '@samizdat/theme/resvg'
import {encodePng} from './encode-png.js'

/**
 * resvg's options for every card. A card's text comes as `<text>` in the card font (see
 * `cardToSvg`), so resvg loads the same two PT Sans files satori laid it out with, and never
 * the system's fonts: scanning them would double the time and tie the bytes to the machine.
 */
export const resvgOptions = {
  font: {loadSystemFonts: false, fontFiles: [fontFace(400).file, fontFace(700).file]}
} satisfies ResvgRenderOptions

/** Rasterise a card's SVG to PNG bytes. */
export function svgToPng(svg: string): Buffer {
  return encodePng(renderSvg(svg))
}

/** Rasterise a card's SVG (its pixels, not yet encoded as PNG). */
export function renderSvg(svg: string): RenderedImage {
  return new Resvg(svg, resvgOptions).render()
}
