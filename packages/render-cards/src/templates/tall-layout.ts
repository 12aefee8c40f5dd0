import {colors} from '@samizdat/theme'
import {accentOn} from '../accent-color.js'
import {cardFrame} from '../card-frame.js'
import {fitText} from '../fit-text.js'
import {h, type CardNode} from '../h.js'
import {logoTile} from '../logo-tile.js'
import {platformList} from '../platform-list.js'
import {contentBox, type SafeArea} from '../safe-area.js'
import {siteFooter} from '../site-footer.js'
import {textHeight, textLines} from '../text-lines.js'
import type {LayoutProps} from './card-props.js'

/** The sizes of a tall card: the square and the story share the layout, not the numbers. */
export interface TallMetrics {
  width: number
  height: number
  safeArea: SafeArea
  tile: number
  titleSizes: readonly number[]
  textSizes: readonly number[]
  textMaxLines: number
  platformSize: number
  platformRows: number
  footerSize: number
  /** Vertical rhythm: the gap after the tile; the other gaps are fractions of it. */
  gap: number
}

/**
 * The tall layout (square feeds, stories): tile, title and text from the top, platforms and
 * the guide's footer pinned to the bottom; the text takes the height in between.
 */
export function tallLayout(props: LayoutProps, metrics: TallMetrics): CardNode {
  const {safeArea, gap} = metrics
  const palette = props.palette ?? colors.dark
  const accent = accentOn(palette.background, props.color ?? palette.accent, palette.accent)
  const {width: contentWidth, height: contentHeight} = contentBox(metrics, safeArea)
  const titleGap = Math.round(gap * 0.4)
  const footerGap = Math.round(gap * 0.8)
  const footer = siteFooter({siteName: props.siteName, url: props.url, palette, accent, width: contentWidth, fontSize: metrics.footerSize, stacked: true})
  const platforms = platformList(props.platforms, {fontSize: metrics.platformSize, color: palette.mutedText, maxWidth: contentWidth, maxRows: metrics.platformRows})
  const title = fitText(props.title, {sizes: metrics.titleSizes, maxWidth: contentWidth, maxLines: 3, lineHeight: 1.08, weight: 700})
  const bottom = platforms.height + footerGap + footer.height
  const text = fitText(props.text, {
    sizes: metrics.textSizes,
    maxWidth: contentWidth,
    maxLines: metrics.textMaxLines,
    maxHeight: contentHeight - metrics.tile - gap - textHeight(title) - titleGap - gap - bottom,
    lineHeight: 1.32
  })
  return cardFrame(
    {width: metrics.width, height: metrics.height, safeArea, palette, accent},
    logoTile({size: metrics.tile, image: props.image, name: props.title, accent}),
    textLines(title, {fontWeight: 700, marginTop: gap}),
    textLines(text, {marginTop: titleGap}),
    h('div', {display: 'flex', flexGrow: 1}),
    platforms.node,
    h('div', {display: 'flex', marginTop: footerGap}, footer.node)
  )
}
