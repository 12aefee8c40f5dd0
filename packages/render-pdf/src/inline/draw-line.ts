import {drawIcon} from '../draw-icon.js'
import type {Canvas} from '../canvas.js'
import type {Box, Line, TextStyle} from './types.js'

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return (
    a.font === b.font &&
    a.size === b.size &&
    a.color === b.color &&
    a.rise === b.rise &&
    a.strike === b.strike &&
    a.underline === b.underline &&
    a.highlight === b.highlight
  )
}

/**
 * How a line's parts are tagged: its text (and icons) as content of the line's structure
 * element, each picture as a figure of its own with its alt text. Without one, nothing is marked.
 */
export interface LineTagging {
  text(draw: () => void): void
  image(alt: string, draw: () => void): void
}

const untagged: LineTagging = {text: (draw) => draw(), image: (_alt, draw) => draw()}

type Placed = Line['items'][number]

/**
 * Draw a laid-out line with its top-left corner at (x, y). Runs of one style go out as one
 * string, spaces included, so extracted text reads as words rather than letters. Pictures on the
 * line stand on its baseline.
 */
export function drawLine(canvas: Canvas, line: Line, x: number, y: number, tagging: LineTagging = untagged): void {
  const baseline = y + line.ascent
  let cursor = x
  let index = 0
  while (index < line.items.length) {
    const item = line.items[index] as Placed
    if (item.type === 'image') {
      const left = cursor
      tagging.image(item.alt, () => canvas.image(item.picture.data, left, baseline - item.height, item.width, item.height))
      cursor += item.width
      index++
      continue
    }
    // Everything up to the next picture is one stretch of tagged text.
    let end = index
    while (end < line.items.length && line.items[end]?.type !== 'image') end++
    const start = cursor
    const stretch = line.items.slice(index, end)
    tagging.text(() => drawStretch(canvas, stretch, start, baseline))
    cursor += stretch.reduce((sum, part) => sum + part.width, 0)
    index = end
  }
}

function drawStretch(canvas: Canvas, items: Placed[], x: number, baseline: number): void {
  let cursor = x
  let index = 0
  while (index < items.length) {
    const item = items[index] as Placed
    if (item.type === 'icon') {
      const size = item.style.size * 0.95
      drawIcon(canvas, item.icon, cursor + item.style.size * 0.05, baseline - size * 0.86, size, item.style.color)
      cursor += item.width
      index++
      continue
    }
    let text = ''
    let width = 0
    const style = item.style
    const link = item.type === 'text' ? item.link : undefined
    while (index < items.length) {
      const next = items[index]
      if (!next || next.type === 'icon' || next.type === 'image' || !sameStyle(next.style, style)) break
      if (next.type === 'text' && next.link !== link) break
      text += next.type === 'glue' ? ' '.repeat(Math.max(1, Math.round(next.width / canvas.width(style, ' ')))) : (next as Extract<Box, {type: 'text'}>).text
      width += next.width
      index++
    }
    canvas.text(text, cursor, baseline - (style.rise ?? 0), style, {width, ...(link === undefined ? {} : {link})})
    cursor += width
  }
}
