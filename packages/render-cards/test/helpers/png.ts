import {PNG} from 'pngjs'
import type {SafeArea} from '@samizdat/render-cards'

/** Decode PNG bytes. */
export function decode(bytes: Buffer): PNG {
  return PNG.sync.read(bytes)
}

/** `#rrggbb` of the pixel at (x, y). */
export function pixel(png: PNG, x: number, y: number): string {
  const at = (y * png.width + x) * 4
  return `#${[...png.data.subarray(at, at + 3)].map((value) => value.toString(16).padStart(2, '0')).join('')}`
}

/** Whether the pixel at (x, y) is exactly the colour `rgb`. */
function is(png: PNG, x: number, y: number, rgb: readonly number[]): boolean {
  const at = (y * png.width + x) * 4
  return png.data[at] === rgb[0] && png.data[at + 1] === rgb[1] && png.data[at + 2] === rgb[2]
}

function channels(color: string): number[] {
  return [1, 3, 5].map((at) => Number.parseInt(color.slice(at, at + 2), 16))
}

/**
 * Pixels outside the safe area that are not the plain background (the band along the top edge
 * aside, which must be one flat colour): any text, logo or icon crossing the margin shows up here,
 * even one anti-aliased pixel of it.
 */
export function marginIntruders(png: PNG, safeArea: SafeArea, background: string, band: number): Array<{x: number; y: number; color: string}> {
  const intruders: Array<{x: number; y: number; color: string}> = []
  const bandColor = channels(pixel(png, 0, 0))
  const plain = channels(background)
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const inside = x >= safeArea.x && x < png.width - safeArea.x && y >= safeArea.top && y < png.height - safeArea.bottom
      if (inside) continue
      if (!is(png, x, y, y < band ? bandColor : plain) && intruders.length < 20) intruders.push({x, y, color: pixel(png, x, y)})
    }
  }
  return intruders
}

/** How many pixels inside the safe area differ from the background: proof there is something drawn. */
export function inkInside(png: PNG, safeArea: SafeArea, background: string): number {
  const plain = channels(background)
  let ink = 0
  for (let y = safeArea.top; y < png.height - safeArea.bottom; y++) {
    for (let x = safeArea.x; x < png.width - safeArea.x; x++) if (!is(png, x, y, plain)) ink++
  }
  return ink
}
