import {fill, formatList} from '@samizdat/messages'
import type {Recommendation} from '@samizdat/model'
import {admonitionColor} from '@samizdat/theme'
import type {Flow} from './flow.js'
import {blocks, bodyStyle} from './handlers/blocks.js'
import type {Run} from './inline/types.js'
import {drawLogo} from './logo.js'
import {drawQrRows, qrRowsHeight} from './qr-row.js'
import {siteMessages} from './site-messages.js'
import {recommendationTargets} from './targets.js'

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

/** A recommendation card in a handout: logo, platforms, summary, and a QR code per link. */
export function recommendationCard(recommendation: Recommendation, flow: Flow): void {
  const color = admonitionColor('recommendation')
  const logo = flow.type.size * 4
  const qr = 62
  flow.gap(flow.type.size * 0.8)
  flow.struct('Div', () =>
    flow.box({bar: color.print, tint: color.printTint, border: color.print, padding: {top: 8, right: 8, bottom: 8, left: 11}}, () => {
      flow.ensure(logo + 4)
      const top = flow.y
      flow.struct('Figure', () => flow.tagged(() => drawLogo(flow.canvas, flow.bundle, recommendation, flow.right - logo, top, logo)), {
        alt: recommendation.logo.alt || recommendation.name
      })
      flow.indented(0, logo + 8, () => {
        if (recommendation.platforms.length > 0) {
          flow.struct('P', () =>
            flow.paragraph([{kind: 'text', text: siteMessages(flow.bundle).platformsLabel, marks: {bold: true}}, ...platformRuns(recommendation, flow)], bodyStyle(flow))
          )
        }
      })
      flow.y = Math.max(flow.y, top + logo * 0.55)
      flow.indented(0, flow.y < top + logo ? logo + 8 : 0, () => blocks(recommendation.summary, flow))
      flow.y = Math.max(flow.y, top + logo + 4)
      const targets = recommendationTargets(flow.bundle, recommendation)
      const height = qrRowsHeight(flow, targets, qr)
      flow.gap(flow.type.size * 0.6)
      flow.ensure(height)
      flow.y += drawQrRows(flow, targets, qr, flow.y)
      const missing = recommendation.links.filter((link) => !link.exists)
      if (missing.length > 0) {
        const text = fill(siteMessages(flow.bundle).comingSoon, {labels: formatList(flow.bundle.site.language, missing.map((link) => link.label))})
        flow.struct('P', () => flow.paragraph([{kind: 'text', text, marks: {italic: true}}], bodyStyle(flow, {size: flow.type.size * 0.85})))
      }
    })
  )
  flow.gap(flow.type.size * 0.3)
}
