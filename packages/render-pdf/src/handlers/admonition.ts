import {admonitionTitle} from '@samizdat/messages'
import type {Admonition} from '@samizdat/mkdocs-markdown'
import {isRecommendation} from '@samizdat/model'
import {admonitionColor} from '@samizdat/theme'
import type {Flow} from '../flow.js'
import {recommendationCard} from '../recommendation-card.js'
import {siteMessages} from '../site-messages.js'
import {blocks, bodyStyle} from './blocks.js'

/**
 * An admonition as a box in the theme's print colours: a bar, a pale ground, a title in the
 * kind's colour. Collapsibles print open, since paper cannot be clicked. A recommendation card
 * prints from the model, with its QR codes.
 */
export function admonition(node: Admonition, flow: Flow): void {
  if (isRecommendation(node)) {
    const start = node.position?.start
    const recommendation = flow.bundle.recommendations.find(
      (candidate) => candidate.page === flow.page && start && candidate.position.start.line === start.line && candidate.position.start.column === start.column
    )
    if (recommendation) {
      recommendationCard(recommendation, flow)
      return
    }
  }
  const color = admonitionColor(node.kind)
  const title = node.title ?? admonitionTitle(siteMessages(flow.bundle), node.kind)
  flow.gap(flow.type.size * 0.8)
  flow.struct('Div', () =>
    flow.box({bar: color.print, tint: color.printTint, border: color.print, padding: {top: 6, right: 8, bottom: 6, left: 11}}, () => {
      if (title !== '') {
        const style = bodyStyle(flow, {bold: true, color: color.print, hyphenate: false})
        flow.struct('Caption', () => flow.paragraph([{kind: 'text', text: title, marks: {}}], style, {keepWithNext: flow.type.size * 2.7}))
      }
      blocks(node.children, flow)
    })
  )
  flow.gap(flow.type.size * 0.3)
}
