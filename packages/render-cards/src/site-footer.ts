import type {Palette} from '@samizdat/theme'
import {fitText} from './fit-text.js'
import {h, type CardNode} from './h.js'
import {measureText} from './measure-text.js'
import {textHeight, textLines} from './text-lines.js'

/** The guide's name and the card's address, at the foot of every card. */
export interface FooterProps {
  siteName: string
  /** Shown without the scheme: `samizdat.example/recommendations/messengers/signal/`. */
  url: string
  palette: Palette
  accent: string
  width: number
  fontSize: number
  /** One line each (tall cards) rather than side by side (wide cards). */
  stacked: boolean
}

/** The footer and the height it takes. */
export function siteFooter(props: FooterProps): {node: CardNode; height: number} {
  const {palette, accent, width, fontSize, stacked} = props
  const dot = Math.round(fontSize * 0.5)
  const dotGap = Math.round(fontSize * 0.5)
  const nameWidth = stacked ? width - dot - dotGap : Math.min(width * 0.45, dot + dotGap + measureText(props.siteName, fontSize, 700) + 2) - dot - dotGap
  const name = fitText(props.siteName, {sizes: [fontSize], maxWidth: nameWidth, maxLines: 1, lineHeight: 1.3, weight: 700})
  const urlWidth = stacked ? width : width - nameWidth - dot - dotGap - fontSize
  const url = fitText(props.url, {sizes: [fontSize * (stacked ? 0.9 : 1), fontSize * 0.8], maxWidth: urlWidth, maxLines: 1, lineHeight: 1.3, breakAnywhere: true})
  const siteLine = h(
    'div',
    {display: 'flex', alignItems: 'center'},
    h('div', {width: dot, height: dot, borderRadius: dot, backgroundColor: accent, marginRight: dotGap}),
    textLines(name, {fontWeight: 700, color: palette.text})
  )
  const urlLine = textLines(url, {color: palette.mutedText})
  const node = h(
    'div',
    {display: 'flex', flexDirection: stacked ? 'column' : 'row', justifyContent: 'space-between', alignItems: stacked ? 'flex-start' : 'center', width},
    siteLine,
    urlLine
  )
  return {node, height: stacked ? textHeight(name) + textHeight(url) : Math.max(textHeight(name), textHeight(url))}
}
