import {createHash} from 'node:crypto'
import {Resvg} from '@resvg/resvg-js'
import type {Asset} from '@samizdat/model'
import {PNG} from 'pngjs'

/** A picture pdfkit can place: PNG or JPEG bytes and the size it should print at. */
export interface Picture {
  data: Buffer
  /** Pixel size, for the aspect ratio. */
  pixelWidth: number
  pixelHeight: number
}

/** Print resolution for rasterised SVG. */
const dpi = 300

/**
 * Bytes pdfkit can draw for an asset, or null for formats it cannot (WebP, GIF): the caller then
 * prints the alt text or a monogram. pdfkit does not draw SVG, so SVG is rendered by resvg at
 * 300 dpi for the printed width: vector paths would be sharper still, but resvg already renders
 * our cards and understands all of SVG, where SVG-to-pdfkit converters cover only part of it.
 */
export function pictureOf(asset: Asset, printedWidth: number): Picture | null {
  // The same logo goes on every leaflet and every card of a handout: convert it once per process.
  // Keyed by content and size only, so a PDF never depends on what was rendered before it.
  const key = `${createHash('sha256').update(asset.mime).update('\u0000').update(asset.data).digest('hex')} ${printedWidth}`
  let picture = pictures.get(key)
  if (picture === undefined) {
    picture = convert(asset, printedWidth)
    pictures.set(key, picture)
  }
  return picture
}

const pictures = new Map<string, Picture | null>()

function convert(asset: Asset, printedWidth: number): Picture | null {
  const bytes = Buffer.from(asset.data, 'base64')
  if (asset.mime === 'image/svg+xml') {
    try {
      const svg = new Resvg(bytes, {fitTo: {mode: 'width', value: Math.ceil((printedWidth / 72) * dpi)}, font: {loadSystemFonts: false}})
      return flatten(Buffer.from(svg.render().asPng()))
    } catch {
      return null
    }
  }
  if (asset.mime === 'image/png' && bytes.length > 24 && bytes.toString('latin1', 1, 4) === 'PNG') {
    try {
      return flatten(bytes)
    } catch {
      return null
    }
  }
  if (asset.mime === 'image/jpeg') {
    const size = jpegSize(bytes)
    return size ? {data: bytes, ...size} : null
  }
  return null
}

function jpegSize(bytes: Buffer): {pixelWidth: number; pixelHeight: number} | null {
  let offset = 2
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null
    const marker = bytes[offset + 1] ?? 0
    // Start-of-frame markers carry the size; C4, C8 and CC are other tables.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return {pixelHeight: bytes.readUInt16BE(offset + 5), pixelWidth: bytes.readUInt16BE(offset + 7)}
    }
    offset += 2 + bytes.readUInt16BE(offset + 2)
  }
  return null
}

/**
 * The picture laid on white paper, as an RGB PNG without alpha. pdfkit splits an alpha channel
 * off asynchronously and numbers the mask objects in whatever order zlib finishes, so two
 * pictures with alpha in one document made the bytes differ between runs. Paper is white anyway.
 */
function flatten(bytes: Buffer): Picture {
  const png = PNG.sync.read(bytes)
  const {data} = png
  for (let offset = 0; offset < data.length; offset += 4) {
    const alpha = (data[offset + 3] ?? 255) / 255
    for (let channel = 0; channel < 3; channel++) data[offset + channel] = Math.round((data[offset + channel] ?? 0) * alpha + 255 * (1 - alpha))
    data[offset + 3] = 255
  }
  return {data: PNG.sync.write(png, {colorType: 2}), pixelWidth: png.width, pixelHeight: png.height}
}
