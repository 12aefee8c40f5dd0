import {drawIcon} from '../draw-icon.js'
import type {Canvas} from '../canvas.js'
import type {Line, TextStyle} from './types.js'

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
 * Draw a laid-out line with its top-left corner at (x, y). Runs of one style go out as one
 * string, spaces included, so extracted text reads as words rather than letters.
 */
export function drawLine(canvas: Canvas, line: Line, x: number, y: number): void {
  const baseline = y + line.ascent
  let cursor = x
  let index = 0
  while (index < line.items.length) {
    const item = line.items[index]
    if (!item) break
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
    while (index < line.items.length) {
      const next = line.items[index]
      if (!next || next.type === 'icon' || !sameStyle(next.style, style)) break
      if (next.type === 'text' && next.link !== link) break
      text += next.type === 'glue' ? ' '.repeat(Math.max(1, Math.round(next.width / canvas.width(style, ' ')))) : next.text
      width += next.width
      index++
    }
    canvas.text(text, cursor, baseline - (style.rise ?? 0), style, {width, ...(link === undefined ? {} : {link})})
    cursor += width
  }
}
