import {colors} from '@samizdat/theme'
import {accentOn} from '../accent-color.js'
import {cardFrame} from '../card-frame.js'
import {fitText} from '../fit-text.js'
import {h, type CardNode} from '../h.js'
import {logoTile} from '../logo-tile.js'
import {platformList} from '../platform-list.js'
import {contentBox, safeAreas} from '../safe-area.js'
import {siteFooter} from '../site-footer.js'
import {textHeight, textLines} from '../text-lines.js'
import type {LayoutProps} from './card-props.js'

const width = 1200
const height = 630
const safeArea = safeAreas.og
const {width: contentWidth, height: contentHeight} = contentBox({width, height}, safeArea)
const tile = 200
const tileGap = 52
const columnWidth = contentWidth - tile - tileGap
const footerGap = 28
const titleGap = 14
const platformGap = 24

/**
 * The 1200×630 link-preview layout: the tile on the left, title, text and platforms on the
 * right, the guide and the address along the foot. Everything is measured, so the text gets
 * whatever height the title and platforms leave.
 */
export function wideLayout(props: LayoutProps): CardNode {
  const palette = props.palette ?? colors.dark
  const accent = accentOn(palette.background, props.color ?? palette.accent, palette.accent)
  const footer = siteFooter({siteName: props.siteName, url: props.url, palette, accent, width: contentWidth, fontSize: 24, stacked: false})
  const mainHeight = contentHeight - footer.height - footerGap
  const title = fitText(props.title, {sizes: [68, 60, 52, 46, 40], maxWidth: columnWidth, maxLines: 2, lineHeight: 1.1, weight: 700})
  const platforms = platformList(props.platforms, {fontSize: 24, color: palette.mutedText, maxWidth: columnWidth, maxRows: 1})
  const platformSpace = platforms.height === 0 ? 0 : platforms.height + platformGap
  const text = fitText(props.text, {
    sizes: [32, 29, 26, 24],
    maxWidth: columnWidth,
    maxLines: 6,
    maxHeight: mainHeight - textHeight(title) - titleGap - platformSpace,
    lineHeight: 1.3
  })
  return cardFrame(
    {width, height, safeArea, palette, accent},
    h(
      'div',
      {display: 'flex', alignItems: 'center', height: mainHeight},
      logoTile({size: tile, image: props.image, name: props.title, accent}),
      h(
        'div',
        {display: 'flex', flexDirection: 'column', width: columnWidth, marginLeft: tileGap},
        textLines(title, {fontWeight: 700}),
        textLines(text, {marginTop: titleGap, color: palette.text}),
        ...(platforms.height === 0 ? [] : [h('div', {display: 'flex', marginTop: platformGap}, platforms.node)])
      )
    ),
    h('div', {display: 'flex', marginTop: footerGap}, footer.node)
  )
}
