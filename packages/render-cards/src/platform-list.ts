import type {IconData} from '@samizdat/theme'
import {fitText} from './fit-text.js'
import {h, img, type CardNode} from './h.js'
import {iconDataUri} from './icon-data-uri.js'
import {measureText} from './measure-text.js'

/** A platform as a card shows it: an icon when the bundle resolved one, and always the label. */
export interface PlatformBadge {
  label: string
  icon: IconData | null
}

/** How the row of platforms is set. */
export interface PlatformListOptions {
  fontSize: number
  color: string
  maxWidth: number
  maxRows: number
}

/** The platforms laid out in rows that fit, and the height they take. */
export interface PlatformList {
  node: CardNode
  height: number
}

/**
 * Icons with labels in rows, broken where the next badge would not fit; badges beyond the last
 * row become «+N». Laid out here rather than by flex-wrap so the template knows the height.
 */
export function platformList(platforms: readonly PlatformBadge[], options: PlatformListOptions): PlatformList {
  const {fontSize, color, maxWidth, maxRows} = options
  const iconSize = Math.round(fontSize * 1.15)
  const iconGap = Math.round(fontSize * 0.35)
  const badgeGap = Math.round(fontSize * 1.1)
  const rowHeight = Math.round(fontSize * 1.6)
  const badges = platforms.map((platform) => {
    const label = fitText(platform.label, {sizes: [fontSize], maxWidth: maxWidth - iconSize - iconGap, maxLines: 1}).lines[0] ?? ''
    const width = (platform.icon ? iconSize + iconGap : 0) + measureText(label, fontSize)
    return {label, icon: platform.icon, width}
  })
  const rows: Array<typeof badges> = []
  let rowWidth = 0
  for (const badge of badges) {
    const row = rows.at(-1)
    if (row && rowWidth + badgeGap + badge.width <= maxWidth) {
      row.push(badge)
      rowWidth += badgeGap + badge.width
    } else {
      rows.push([badge])
      rowWidth = badge.width
    }
  }
  if (rows.length > maxRows) {
    const shown = rows.slice(0, maxRows)
    const last = shown.at(-1) ?? []
    const hidden = badges.length - shown.flat().length + 1
    last[last.length - 1] = {label: `+${hidden}`, icon: null, width: measureText(`+${hidden}`, fontSize)}
    rows.length = maxRows
  }
  const node = h(
    'div',
    {display: 'flex', flexDirection: 'column', color, fontSize},
    ...rows.map((row) =>
      h(
        'div',
        {display: 'flex', alignItems: 'center', height: rowHeight},
        ...row.map((badge, index) =>
          h(
            'div',
            {display: 'flex', alignItems: 'center', marginLeft: index === 0 ? 0 : badgeGap},
            ...(badge.icon ? [img(iconDataUri(badge.icon, color), iconSize, iconSize, {marginRight: iconGap})] : []),
            h('div', {display: 'flex', whiteSpace: 'pre'}, badge.label)
          )
        )
      )
    )
  )
  return {node, height: rows.length * rowHeight}
}
