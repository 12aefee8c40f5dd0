import {createHash} from 'node:crypto'
import {crc32, deflateSync} from 'node:zlib'
import {Resvg} from '@samizdat/theme/resvg'
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
/** Longest side of a rasterised SVG, in pixels: 300 dpi up to about 15 cm, enough for any page. */
const largest = 1800

/**
 * Bytes pdfkit can draw for an asset, or null for formats it cannot (WebP, GIF): the caller then
 * prints the alt text or a monogram. pdfkit does not draw SVG, so SVG is rendered by resvg at
 * 300 dpi for the printed width: vector paths would be sharper still, but resvg already renders
 * our cards and understands all of SVG, where SVG-to-pdfkit converters cover only part of it.
 */
export function pictureOf(asset: Asset, printedWidth: number): Picture | null {
  // The same logo goes on every leaflet and every card of a handout: convert it once per process.
  // Keyed by content and size only, so a PDF never depends on what was rendered before it.
  const key = `${digest(asset)} ${printedWidth}`
  let picture = pictures.get(key)
  if (picture === undefined) {
    picture = convert(asset, printedWidth)
    pictures.set(key, picture)
  }
  return picture
}

const pictures = new Map<string, Picture | null>()
const naturals = new Map<string, {width: number; height: number} | null>()
const digests = new WeakMap<Asset, string>()

function digest(asset: Asset): string {
  let known = digests.get(asset)
  if (!known) {
    known = createHash('sha256').update(asset.mime).update('\u0000').update(asset.data).digest('hex')
    digests.set(asset, known)
  }
  return known
}

/**
 * The size a picture has of its own, in CSS pixels, as a browser would show it without a
 * `width`: an SVG's `width`/`height` (or its view box), a raster's pixels. Null when unknown.
 */
export function naturalSize(asset: Asset): {width: number; height: number} | null {
  const key = digest(asset)
  let size = naturals.get(key)
  if (size === undefined) {
    size = measure(asset)
    naturals.set(key, size)
  }
  return size
}

function measure(asset: Asset): {width: number; height: number} | null {
  const bytes = Buffer.from(asset.data, 'base64')
  if (asset.mime === 'image/svg+xml') {
    try {
      const svg = new Resvg(bytes, {font: {loadSystemFonts: false}})
      return svg.width > 0 && svg.height > 0 ? {width: svg.width, height: svg.height} : null
    } catch {
      return null
    }
  }
  if (asset.mime === 'image/png') {
    const header = pngHeader(bytes)
    return header ? {width: header.width, height: header.height} : null
  }
  if (asset.mime === 'image/jpeg') {
    const size = jpegSize(bytes)
    return size ? {width: size.pixelWidth, height: size.pixelHeight} : null
  }
  return null
}

function convert(asset: Asset, printedWidth: number): Picture | null {
  const bytes = Buffer.from(asset.data, 'base64')
  if (asset.mime === 'image/svg+xml') {
    try {
      const natural = naturalSize(asset)
      const aspect = natural ? natural.height / natural.width : 1
      const width = Math.max(1, Math.min(Math.ceil((printedWidth / 72) * dpi), Math.floor(largest / Math.max(1, aspect))))
      // Laid on white paper: no alpha channel, which pdfkit would split off asynchronously and
      // number in whatever order zlib finished (PDF bytes would differ between runs).
      const rendered = new Resvg(bytes, {fitTo: {mode: 'width', value: width}, background: '#ffffff', font: {loadSystemFonts: false}}).render()
      return {data: encodeRgbPng(rgbOf(rendered.pixels), rendered.width, rendered.height), pixelWidth: rendered.width, pixelHeight: rendered.height}
    } catch {
      return null
    }
  }
  if (asset.mime === 'image/png') {
    const header = pngHeader(bytes)
    if (!header) return null
    // Opaque 8-bit grey or RGB goes to pdfkit as it is: pdfkit copies its compressed data.
    if (header.depth === 8 && (header.color === 0 || header.color === 2) && !header.interlaced && !header.transparency) {
      return {data: bytes, pixelWidth: header.width, pixelHeight: header.height}
    }
    try {
      const png = PNG.sync.read(bytes)
      return {data: encodeRgbPng(onWhite(png.data), png.width, png.height), pixelWidth: png.width, pixelHeight: png.height}
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

function pngHeader(bytes: Buffer): {width: number; height: number; depth: number; color: number; interlaced: boolean; transparency: boolean} | null {
  if (bytes.length < 33 || bytes.toString('latin1', 1, 4) !== 'PNG' || bytes.toString('latin1', 12, 16) !== 'IHDR') return null
  let transparency = false
  let offset = 8
  while (offset + 8 <= bytes.length) {
    const type = bytes.toString('latin1', offset + 4, offset + 8)
    if (type === 'tRNS') transparency = true
    if (type === 'IDAT' || type === 'IEND') break
    offset += 12 + bytes.readUInt32BE(offset)
  }
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), depth: bytes[24] ?? 0, color: bytes[25] ?? 0, interlaced: bytes[28] === 1, transparency}
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

/** RGB of RGBA pixels that are already opaque. */
function rgbOf(rgba: Buffer): Buffer {
  const rgb = Buffer.alloc((rgba.length / 4) * 3)
  for (let from = 0, to = 0; from < rgba.length; from += 4, to += 3) {
    rgb[to] = rgba[from] as number
    rgb[to + 1] = rgba[from + 1] as number
    rgb[to + 2] = rgba[from + 2] as number
  }
  return rgb
}

/** RGB of RGBA pixels laid on white. */
function onWhite(rgba: Buffer): Buffer {
  const rgb = Buffer.alloc((rgba.length / 4) * 3)
  for (let from = 0, to = 0; from < rgba.length; from += 4, to += 3) {
    const alpha = (rgba[from + 3] ?? 255) / 255
    for (let channel = 0; channel < 3; channel++) rgb[to + channel] = Math.round((rgba[from + channel] ?? 0) * alpha + 255 * (1 - alpha))
  }
  return rgb
}

/** A PNG of 8-bit RGB pixels, rows unfiltered and deflated by zlib (native, and deterministic). */
function encodeRgbPng(rgb: Buffer, width: number, height: number): Buffer {
  const stride = width * 3
  const raw = Buffer.alloc((stride + 1) * height)
  for (let row = 0; row < height; row++) rgb.copy(raw, row * (stride + 1) + 1, row * stride, (row + 1) * stride)
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))])
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const tail = Buffer.alloc(4)
  tail.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, tail])
}
