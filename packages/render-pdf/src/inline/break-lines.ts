import type {Box, Item, Line, TextStyle} from './types.js'
import type {Measurer} from './to-items.js'

type Placed = Line['items'][number]

/** Line height as a multiple of the font size. */
export const leading = 1.32

/**
 * Break items into lines no wider than `width`, greedily: fill each line, then break at the last
 * space or hyphenation point that fits. A box wider than a whole line (a long address) is cut
 * between characters, so no text ever runs past the edge.
 */
export function breakLines(input: Item[], width: number, measurer: Measurer): Line[] {
  const queue = input.slice().reverse()
  const lines: Line[] = []
  let line: Array<Placed | Extract<Item, {type: 'penalty'}>> = []
  let used = 0

  const finish = (items: typeof line, hyphen?: TextStyle) => {
    const kept = items.filter((item): item is Placed => item.type !== 'penalty')
    while (kept.length > 0 && kept[kept.length - 1]?.type === 'glue') kept.pop()
    if (hyphen) kept.push({type: 'text', text: '-', style: hyphen, width: measurer.width(hyphen, '-')})
    lines.push(measure(kept))
    line = []
    used = 0
  }

  while (queue.length > 0) {
    const item = queue.pop() as Item
    if (item.type === 'newline') {
      finish(line)
      continue
    }
    if (item.type === 'glue') {
      if (line.length > 0) {
        line.push(item)
        used += item.width
      }
      continue
    }
    if (item.type === 'penalty') {
      line.push(item)
      continue
    }
    if (used + item.width <= width) {
      line.push(item)
      used += item.width
      continue
    }
    const at = lastBreak(line, width)
    if (at >= 0) {
      const taken = line[at] as Item
      queue.push(item, ...line.slice(at + 1).reverse())
      finish(line.slice(0, at), taken.type === 'penalty' && taken.hyphen ? taken.style : undefined)
      continue
    }
    // Nowhere to break: cut the box itself.
    if (item.type === 'text') {
      const [head, tail] = cut(item, width - used, measurer)
      if (head) {
        line.push(head)
        queue.push(tail as Box)
        finish(line)
        continue
      }
      if (line.length === 0) {
        // Not even one character fits (a very narrow column): place one anyway, never loop.
        const [first, rest] = cut(item, Number.POSITIVE_INFINITY, measurer, 1)
        if (rest) queue.push(rest)
        line.push(first as Box)
        finish(line)
        continue
      }
    } else if (line.length === 0) {
      line.push(item)
      finish(line)
      continue
    }
    queue.push(item)
    finish(line)
  }
  if (line.length > 0) finish(line)
  return lines
}

/** Index of the last space or hyphenation point at which the line (plus any hyphen) still fits. */
function lastBreak(line: Array<Placed | Extract<Item, {type: 'penalty'}>>, width: number): number {
  let before = line.reduce((sum, item) => sum + (item.type === 'penalty' ? 0 : item.width), 0)
  for (let index = line.length - 1; index > 0; index--) {
    const item = line[index] as Item
    if (item.type === 'glue' && before - item.width <= width) return index
    if (item.type === 'penalty' && before + item.width <= width) return index
    if (item.type !== 'penalty' && item.type !== 'newline') before -= item.width
  }
  return -1
}

/** Split a text box into the longest head that fits `room` and the rest. */
function cut(box: Extract<Box, {type: 'text'}>, room: number, measurer: Measurer, atMost = Number.POSITIVE_INFINITY): [Box | undefined, Box | undefined] {
  const chars = [...box.text]
  let count = 0
  while (count < chars.length && count < atMost && measurer.width(box.style, chars.slice(0, count + 1).join('')) <= room) count++
  if (count === 0) return [undefined, box]
  const head = chars.slice(0, count).join('')
  const tail = chars.slice(count).join('')
  return [
    {...box, text: head, width: measurer.width(box.style, head)},
    tail ? {...box, text: tail, width: measurer.width(box.style, tail)} : undefined
  ]
}

function measure(items: Placed[]): Line {
  let ascent = 0
  let descent = 0
  let width = 0
  for (const item of items) {
    width += item.width
    const size = item.style.size
    // A picture stands on the baseline, as tall as it is.
    ascent = Math.max(ascent, size * 1.02 + (item.style.rise ?? 0), item.type === 'image' ? item.height + size * 0.1 : 0)
    descent = Math.max(descent, size * (leading - 1.02))
  }
  if (items.length === 0) {
    // An empty line (two breaks in a row) still takes a line's height.
    ascent = 10
    descent = 3
  }
  return {items, width, ascent, height: ascent + descent}
}
