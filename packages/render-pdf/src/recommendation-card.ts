import {fill, formatList} from '@samizdat/messages'
import type {Recommendation} from '@samizdat/model'
import {admonitionColor} from '@samizdat/theme'
import {Flow, wordsOf} from './flow.js'
import {blocks, bodyStyle} from './handlers/blocks.js'
import {drawLine} from './inline/draw-line.js'
import type {Line, Run} from './inline/types.js'
import {placeLinksList} from './links-list.js'
import {drawLogo} from './logo.js'
import {planQrRows, placeQrRows} from './qr-row.js'
import {siteMessages} from './site-messages.js'
import {recommendationTargets, type Target} from './targets.js'

/** Runs for a platform list: each platform's icon (when it has one) and its label. */
export function platformRuns(recommendation: Recommendation, flow: Flow): Run[] {
  const runs: Run[] = []
  recommendation.platforms.forEach((platform, index) => {
    if (index > 0) runs.push({kind: 'text', text: ',  ', marks: {}})
    const icon = platform.icon !== null && Object.hasOwn(flow.bundle.icons, platform.icon) ? flow.bundle.icons[platform.icon] : undefined
    if (icon) runs.push({kind: 'icon', icon})
    // A no-break space keeps each icon with its label.
    runs.push({kind: 'text', text: icon ? `\u00A0${platform.label}` : platform.label, marks: {}})
  })
  return runs
}

/**
 * A logo beside lines of text, as one piece: the logo on the `side` given, the lines (each group
 * its own structure element) beside it, top-aligned. The leaflet's head and a card's first row.
 */
export function placeBeside(flow: Flow, recommendation: Recommendation, logo: number, side: 'left' | 'right', groups: Array<{tag: string; lines: Line[]; gap?: number}>): void {
  const figure = flow.structChild('Figure', {alt: recommendation.logo.alt || recommendation.name})
  const nodes = groups.map((group) => flow.structChild(group.tag))
  const left = flow.left
  const right = flow.right
  const textX = side === 'left' ? left + logo + 14 : left
  const textHeight = groups.reduce((sum, group) => sum + (group.gap ?? 0) + Flow.height(group.lines), 0)
  const all = groups.flatMap((group) => group.lines)
  flow.place(
    Math.max(logo, textHeight),
    (y, context) => {
      // The logo first: it names the product before the text about it.
      context.tags.content(figure, () => drawLogo(context.canvas, flow.bundle, recommendation, side === 'left' ? left : right - logo, y, logo))
      let top = y
      groups.forEach((group, index) => {
        if (group.lines.length === 0) return
        top += group.gap ?? 0
        context.tags.content(nodes[index] ?? null, () => {
          for (const line of group.lines) {
            drawLine(context.canvas, line, textX, top)
            top += line.height
          }
        })
      })
    },
    {keep: true, words: all.reduce((sum, line) => sum + wordsOf(line), 0), lines: all.length}
  )
}

/** A recommendation card in a handout: platforms beside the logo, the summary, a QR code per link, and its printed addresses. */
export function recommendationCard(recommendation: Recommendation, flow: Flow, targets: Target[] = recommendationTargets(flow.bundle, recommendation)): void {
  const color = admonitionColor('recommendation')
  const logo = flow.type.size * 4
  flow.gap(flow.type.size * 0.8)
  flow.struct('Div', () =>
    flow.box({bar: color.print, tint: color.printTint, border: color.print, padding: {top: 8, right: 8, bottom: 8, left: 11}}, () => {
      const platforms =
        recommendation.platforms.length > 0
          ? flow.layout([{kind: 'text', text: siteMessages(flow.bundle).platformsLabel, marks: {bold: true}}, ...platformRuns(recommendation, flow)], bodyStyle(flow), flow.width - logo - 14)
          : []
      placeBeside(flow, recommendation, logo, 'right', [{tag: 'P', lines: platforms}])
      blocks(recommendation.summary, flow)
      const plan = planQrRows(flow, targets, {main: 62, download: 46})
      flow.gap(flow.type.size * 0.6)
      flow.struct('Sect', () => placeQrRows(flow, plan.rows))
      placeLinksList(flow, plan.printed)
      const missing = recommendation.links.filter((link) => !link.exists)
      if (missing.length > 0) {
        const text = fill(siteMessages(flow.bundle).comingSoon, {labels: formatList(flow.bundle.site.language, missing.map((link) => link.label))})
        flow.gap(flow.type.size * 0.4)
        flow.struct('P', () => flow.paragraph([{kind: 'text', text, marks: {italic: true}}], bodyStyle(flow, {size: flow.type.size * 0.85})))
      }
    })
  )
  flow.gap(flow.type.size * 0.3)
}
