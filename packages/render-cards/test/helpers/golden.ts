import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import pixelmatch from 'pixelmatch'
import {decode} from './png.js'

/** Where the reference images live, committed beside the tests. */
export const goldenDir = new URL('../golden/', import.meta.url).pathname

/**
 * Pixels allowed to differ from a golden image. pixelmatch already ignores anti-aliasing
 * pixels and small colour shifts (threshold 0.1), which is all a different CPU or resvg
 * patch release changes; one changed letter of 24 px text moves well over 100 pixels
 * (golden.test.ts proves it), so 50 lets noise through and no real change.
 */
export const allowedDiff = 50

/** pixelmatch's per-pixel colour tolerance (0–1). */
export const threshold = 0.1

/**
 * Differing pixels between `png` and the golden image `name`. The golden is written when
 * missing or when UPDATE=1, and then compares as 0.
 */
export function diffGolden(name: string, png: Buffer): number {
  const file = path.join(goldenDir, name)
  if (!existsSync(file) || process.env['UPDATE'] === '1') {
    mkdirSync(goldenDir, {recursive: true})
    writeFileSync(file, png)
  }
  return diffPngs(readFileSync(file), png)
}

/** Differing pixels between two PNGs of the same size (every pixel when the sizes differ). */
export function diffPngs(a: Buffer, b: Buffer): number {
  const left = decode(a)
  const right = decode(b)
  if (left.width !== right.width || left.height !== right.height) return Math.max(left.width * left.height, right.width * right.height)
  return pixelmatch(left.data, right.data, undefined, left.width, left.height, {threshold})
}
