import type {FittedText} from './fit-text.js'
import {h, type CardNode, type Style} from './h.js'

/**
 * Fitted text as one element per line, each unwrapped: the breaks are the ones `fitText`
 * measured, so satori can neither add a line nor push one past the box.
 */
export function textLines(text: FittedText, style: Style = {}): CardNode {
  return h(
    'div',
    {display: 'flex', flexDirection: 'column', ...style},
    ...text.lines.map((line) =>
      h('div', {display: 'flex', whiteSpace: 'pre', fontSize: text.fontSize, lineHeight: `${text.lineHeight}px`, height: text.lineHeight}, line)
    )
  )
}

/** Total height in pixels of fitted text. */
export function textHeight(text: FittedText): number {
  return text.lines.length * text.lineHeight
}
