import {crc32, deflateSync} from 'node:zlib'
import type {RenderedImage} from '@samizdat/theme/resvg'

// resvg's own `asPng()` filters and compresses four channels at zlib's default level: 9–30 ms
// a card. A card is opaque (its background covers it), so three channels suffice, and a fast
// level (1) on unfiltered rows costs a third of that for files 5–15 % larger (40 → 42 KiB for
// an Open Graph card, 81 → 95 KiB for a story; apps/bench/src/card-costs.mjs). The bytes depend
// only on the pixels and zlib, so they are the same on every build.

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0)
  return Buffer.concat([head, data, crc])
}

/**
 * Encode a rendered card as PNG: 8-bit RGB when every pixel is opaque (every card we draw),
 * else resvg's RGBA encoding, since resvg's pixels are premultiplied.
 */
export function encodePng(image: RenderedImage): Buffer {
  const {width, height} = image
  const pixels = image.pixels
  // Rewrite the RGBA copy in place as PNG scanlines: a filter byte (0, none), then RGB. Each
  // byte is written at or before the one it comes from, and the first pixel is read before
  // the first filter byte lands on it.
  let opaque = 255
  let to = 0
  const row = width * 4
  for (let y = 0; y < height; y++) {
    let from = y * row
    const end = from + row
    const [r, g, b, a] = [pixels[from]!, pixels[from + 1]!, pixels[from + 2]!, pixels[from + 3]!]
    pixels[to++] = 0
    pixels[to++] = r
    pixels[to++] = g
    pixels[to++] = b
    opaque &= a
    for (from += 4; from < end; from += 4) {
      pixels[to++] = pixels[from]!
      pixels[to++] = pixels[from + 1]!
      pixels[to++] = pixels[from + 2]!
      opaque &= pixels[from + 3]!
    }
  }
  if (opaque !== 255) return image.asPng()
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bits per channel
  header[9] = 2 // RGB
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(pixels.subarray(0, to), {level: 1})), chunk('IEND', Buffer.alloc(0))])
}
