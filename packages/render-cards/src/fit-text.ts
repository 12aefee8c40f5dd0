import {measureText} from './measure-text.js'

/** How a block of text may be set. */
export interface FitOptions {
  /** Font sizes to try, largest first; the first at which the whole text fits wins. */
  sizes: readonly number[]
  /** Width of the box in pixels. */
  maxWidth: number
  /** Most lines, whatever the size. */
  maxLines: number
  /** Height of the box in pixels; fewer lines fit at larger sizes. */
  maxHeight?: number
  /** Line height as a multiple of the font size. */
  lineHeight?: number
  weight?: 400 | 700
  /** Break between any two characters rather than at spaces only (URLs). */
  breakAnywhere?: boolean
  /** Width of a line at a size; the card font's advance widths unless given. */
  measure?: (line: string, fontSize: number) => number
}

/** Text broken into lines that fit, at the size chosen. */
export interface FittedText {
  fontSize: number
  /** Line height in pixels. */
  lineHeight: number
  lines: string[]
  /** True when the text did not fit even at the smallest size and was cut with «…». */
  clamped: boolean
}

const ellipsis = '…'
// Satori shapes with HarfBuzz and we measure with fontkit: both apply the font's kerning,
// but leave a pixel of room per line against rounding so a line never wraps or overflows.
const slack = 2

/**
 * Choose the largest size at which `text` fits the box, breaking lines at spaces; at the
 * smallest size, keep the lines that fit and end the last at a word boundary with «…».
 * Lines are returned explicitly so the template sets each one unwrapped: what was measured
 * is exactly what is drawn.
 */
export function fitText(text: string, options: FitOptions): FittedText {
  const {sizes, maxWidth, lineHeight = 1.25, weight = 400, breakAnywhere = false} = options
  const measure = options.measure ?? ((line: string, fontSize: number) => measureText(line, fontSize, weight))
  const clean = text.replace(/\s+/gu, ' ').trim()
  let fitted: FittedText | undefined
  for (const fontSize of sizes) {
    const maxLines = linesAllowed(options, fontSize * lineHeight)
    const fits = (line: string): boolean => measure(line, fontSize) <= maxWidth - slack
    const lines = wrap(clean, fits, breakAnywhere)
    fitted = {fontSize, lineHeight: fontSize * lineHeight, lines, clamped: false}
    if (lines.length <= maxLines) return fitted
  }
  if (!fitted) throw new Error('fitText needs at least one font size')
  const maxLines = linesAllowed(options, fitted.lineHeight)
  const {fontSize} = fitted
  const fits = (line: string): boolean => measure(line, fontSize) <= maxWidth - slack
  const kept = fitted.lines.slice(0, maxLines)
  kept[kept.length - 1] = withEllipsis(kept.at(-1) ?? '', fits)
  return {...fitted, lines: kept, clamped: true}
}

function linesAllowed(options: FitOptions, lineHeight: number): number {
  const byHeight = options.maxHeight === undefined ? Infinity : Math.floor(options.maxHeight / lineHeight)
  return Math.max(1, Math.min(options.maxLines, byHeight))
}

/** Greedy line breaking at spaces; a word wider than the box is split between characters. */
function wrap(text: string, fits: (line: string) => boolean, breakAnywhere: boolean): string[] {
  if (text === '') return []
  const lines: string[] = []
  let current = ''
  const words = breakAnywhere ? [text] : text.split(' ')
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`
    if (fits(candidate)) {
      current = candidate
      continue
    }
    if (current !== '') lines.push(current)
    current = word
    while (!fits(current)) {
      const head = longestFittingPrefix(current, fits)
      lines.push(head)
      current = current.slice(head.length)
    }
  }
  if (current !== '') lines.push(current)
  return lines
}

/** The longest run of whole characters (never half a surrogate pair) from the start that fits; at least one. */
function longestFittingPrefix(text: string, fits: (line: string) => boolean): string {
  const chars = Array.from(text)
  let low = 1
  let high = chars.length
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (fits(chars.slice(0, middle).join(''))) low = middle
    else high = middle - 1
  }
  return chars.slice(0, low).join('')
}

/** End `line` with «…», dropping whole words (or, for a single long word, characters) until it fits. */
function withEllipsis(line: string, fits: (line: string) => boolean): string {
  let rest = line
  for (;;) {
    const candidate = `${rest.replace(/[\s,.;:!?—–-]+$/u, '')}${ellipsis}`
    if (fits(candidate) || rest === '') return candidate
    const space = rest.lastIndexOf(' ')
    rest = space > 0 ? rest.slice(0, space) : Array.from(rest).slice(0, -1).join('')
  }
}
