import type {Palette} from '@samizdat/theme'
import {cardFontFamily} from './fonts.js'
import {h, type CardChild, type CardNode} from './h.js'
import {bandHeight, contentBox, type SafeArea} from './safe-area.js'

/** The card's canvas and the accent of its band. */
export interface FrameProps {
  width: number
  height: number
  safeArea: SafeArea
  palette: Palette
  accent: string
}

/**
 * The root of every card: background, the brand band on the top edge, and a column the size of
 * the safe area (less glyph overhang) for the content. The column is sized and placed in pixels rather than
 * by padding, so no layout rule can stretch it past the margins.
 */
export function cardFrame({width, height, safeArea, palette, accent}: FrameProps, ...children: CardChild[]): CardNode {
  return h(
    'div',
    {display: 'flex', width: '100%', height: '100%', position: 'relative', backgroundColor: palette.background, color: palette.text, fontFamily: cardFontFamily},
    h('div', {position: 'absolute', top: 0, left: 0, width, height: bandHeight, backgroundColor: accent}),
    h(
      'div',
      {display: 'flex', flexDirection: 'column', position: 'absolute', ...contentBox({width, height}, safeArea)},
      ...children
    )
  )
}
