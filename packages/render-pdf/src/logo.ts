import type {Recommendation, SiteBundle} from '@samizdat/model'
import {colors, contrastRatio} from '@samizdat/theme'
import type {Canvas} from './canvas.js'
import {pictureOf} from './images.js'

/**
 * A recommendation's logo fitted into a `size`-point square at (x, y), or its monogram (the
 * name's first letter on its brand colour) when there is no usable picture.
 */
export function drawLogo(canvas: Canvas, bundle: Pick<SiteBundle, 'assets'>, recommendation: Recommendation, x: number, y: number, size: number): void {
  const key = recommendation.logo.light ?? recommendation.logo.dark
  const asset = key !== null && Object.hasOwn(bundle.assets, key) ? bundle.assets[key] : undefined
  const picture = asset ? pictureOf(asset, size) : null
  const {doc} = canvas
  if (picture) {
    doc.image(picture.data, x, y, {fit: [size, size], align: 'center', valign: 'center'})
  } else {
    const ground = recommendation.color ?? colors.light.accent
    // A pale brand colour (greyscale printers make it paler still) takes a black letter.
    const ink = contrastRatio(ground, '#ffffff') >= 3 ? '#ffffff' : '#000000'
    doc.roundedRect(x, y, size, size, size * 0.18).fill(ground)
    const letter = [...recommendation.name.trim()][0]?.toUpperCase() ?? '?'
    const fontSize = size * 0.62
    const width = canvas.width({font: 'bold', size: fontSize}, letter)
    canvas.text(letter, x + (size - width) / 2, y + size / 2 + fontSize * 0.36, {font: 'bold', size: fontSize, color: ink}, {width})
  }
  canvas.record({x, y, width: size, height: size, kind: 'graphic'})
}
