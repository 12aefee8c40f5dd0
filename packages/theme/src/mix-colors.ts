import {parseHex} from './contrast-ratio.js'

/** Mix `amount` (0–1) of `color` into `base` in sRGB: `mixColors('#448aff', '#ffffff', 0.1)` is a light tint. */
export function mixColors(color: string, base: string, amount: number): string {
  const a = parseHex(color)
  const b = parseHex(base)
  return `#${a
    .map((channel, index) => Math.round(channel * amount + (b[index] ?? 0) * (1 - amount)))
    .map((channel) => channel.toString(16).padStart(2, '0'))
    .join('')}`
}
