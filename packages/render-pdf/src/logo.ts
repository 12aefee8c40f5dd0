import type {Recommendation, SiteBundle} from '@samizdat/model'
import {colors, contrastRatio} from '@samizdat/theme'
import type {Canvas} from './canvas.js'
import {documentFont} from './fonts.js'
import {pictureOf} from './images.js'
import {mm} from './options.js'

/**
 * The width every logo is rasterised for: the leaflet's logo, the largest a logo prints. A
 * handout's card prints the same picture smaller (at a higher resolution), so each logo is
 * converted once per thread instead of once per size.
 */
export const logoRasterWidth = 22 * mm

// A view of its own: laying out on the shared parsed font would leave a shaper there that every
// document's view would then inherit (see documentFont).
let monogramFont: ReturnType<typeof documentFont> | undefined

/**
 * A recommendation's logo fitted into a `size`-point square at (x, y), or its monogram (the
 * name's first letter on its brand colour) when there is no usable picture. The monogram's
 * letter is drawn as a shape: it is part of a picture, whose alt text says the name.
 */
export function drawLogo(canvas: Canvas, bundle: Pick<SiteBundle, 'assets'>, recommendation: Recommendation, x: number, y: number, size: number): void {
  const key = recommendation.logo.light ?? recommendation.logo.dark
  const asset = key !== null && Object.hasOwn(bundle.assets, key) ? bundle.assets[key] : undefined
  const picture = asset ? pictureOf(asset, Math.max(size, logoRasterWidth)) : null
  const {doc} = canvas
  if (picture) {
    const scale = Math.min(size / picture.pixelWidth, size / picture.pixelHeight)
    const width = picture.pixelWidth * scale
    const height = picture.pixelHeight * scale
    canvas.image(picture.data, x + (size - width) / 2, y + (size - height) / 2, width, height)
    return
  }
  const ground = recommendation.color ?? colors.light.accent
  // A pale brand colour (greyscale printers make it paler still) takes a black letter.
  const ink = contrastRatio(ground, '#ffffff') >= 3 ? '#ffffff' : '#000000'
  doc.roundedRect(x, y, size, size, size * 0.18).fill(ground)
  const letter = [...recommendation.name.trim()][0]?.toUpperCase() ?? '?'
  monogramFont ??= documentFont('bold')
  const font = monogramFont
  const glyph = font.layout(letter).glyphs[0]
  if (glyph) {
    const scale = (size * 0.62) / font.unitsPerEm
    const box = glyph.bbox
    // Centred on its ink, not on its advance: letters differ in side bearings.
    const left = x + size / 2 - ((box.minX + box.maxX) / 2) * scale
    const baseline = y + size / 2 + ((box.minY + box.maxY) / 2) * scale
    doc.save().translate(left, baseline).scale(scale, -scale).path(glyph.path.toSVG()).fill(ink).restore()
  }
  canvas.record({x, y, width: size, height: size, kind: 'image'})
}
