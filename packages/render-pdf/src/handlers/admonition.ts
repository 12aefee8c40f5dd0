import {admonitionTitle} from '@samizdat/messages'
import type {Admonition} from '@samizdat/mkdocs-markdown'
import {isRecommendation} from '@samizdat/model'
import {admonitionColor} from '@samizdat/theme'
import type {Flow} from '../flow.js'
import {recommendationCard} from '../recommendation-card.js'
import {siteMessages} from '../site-messages.js'
import {blocks, bodyStyle} from './blocks.js'
import {phrasing} from './phrasing.js'

/**
 * An admonition as a box in the theme's print colours: a bar, a pale ground, a title in the
 * kind's colour (inline Markdown: code, emphasis, links footnoted, icons). Collapsibles print
 * open, since paper cannot be clicked; `inline` ones, floated beside the text on screen, are
 * ordinary boxes. A recommendation card prints from the model, with its QR codes.
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
  const [first, ...rest] = node.children
  const titleNode = first?.type === 'admonitionTitle' ? first : undefined
  // No title written: the kind stands in; an empty one (`!!! note ""`) means none.
  const title = titleNode ? phrasing(titleNode.children, flow) : [{kind: 'text' as const, text: admonitionTitle(siteMessages(flow.bundle), node.kind), marks: {}}]
  flow.gap(flow.type.size * 0.8)
  flow.struct('Div', () =>
    flow.box({bar: color.print, tint: color.printTint, border: color.print, padding: {top: 6, right: 8, bottom: 6, left: 11}}, () => {
      if (title.some((run) => run.kind !== 'text' || run.text.trim() !== '')) {
        const style = bodyStyle(flow, {bold: true, color: color.print, hyphenate: false})
        flow.struct('Caption', () => flow.paragraph(title, style, {keepWithNext: true}))
      }
      blocks(titleNode ? rest : node.children, flow)
    })
  )
  flow.gap(flow.type.size * 0.3)
}
