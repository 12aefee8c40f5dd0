import {describe, expect, it} from 'vitest'
import {PNG} from 'pngjs'
import {cardToSvg, recommendationCardJobs, svgToPng} from '@samizdat/render-cards'
import type {Asset} from '@samizdat/model'
import {bundleOf, recommendation} from './fixtures/synthetic-bundle.js'
import {decode} from './helpers/png.js'

/** A square PNG of one colour, as the model would embed it. */
function pngAsset(path: string, rgb: [number, number, number]): Asset {
  const png = new PNG({width: 64, height: 64})
  for (let at = 0; at < png.data.length; at += 4) png.data.set([...rgb, 255], at)
  return {path, mime: 'image/png', sha256: '', data: PNG.sync.write(png).toString('base64')}
}

/** Pixels of exactly `rgb` in the Open Graph card of a one-recommendation bundle. */
async function countColour(logo: Asset, rgb: [number, number, number]): Promise<{count: number; alt: string}> {
  const bundle = bundleOf([recommendation({slug: 'logo', name: 'Logo', logo: {alt: '', light: logo.path, dark: null, width: 100}})], {[logo.path]: logo})
  const [og] = recommendationCardJobs(bundle, bundle.recommendations[0] ?? recommendation({slug: 'x', name: 'x'}))
  if (!og) throw new Error('no Open Graph card')
  const png = decode(svgToPng((await cardToSvg(og.node(), og.size)).svg))
  let count = 0
  for (let at = 0; at < png.data.length; at += 4) if (png.data[at] === rgb[0] && png.data[at + 1] === rgb[1] && png.data[at + 2] === rgb[2]) count++
  return {count, alt: og.meta.alt}
}

describe('logos', () => {
  it('draws a PNG logo on the tile', async () => {
    const {count, alt} = await countColour(pngAsset('assets/logo.png', [230, 20, 30]), [230, 20, 30])
    // 72% of the 200 px tile: a 144 px square of the logo's colour.
    expect(count).toBeGreaterThan(140 * 140)
    expect(alt).toContain('логотип Logo на белой плитке')
  })

  it('falls back to the monogram for a format satori cannot draw', async () => {
    const webp = {...pngAsset('assets/logo.webp', [230, 20, 30]), mime: 'image/webp'}
    const {count, alt} = await countColour(webp, [230, 20, 30])
    expect(count).toBe(0)
    expect(alt).toContain('буква «L»')
  })
})
