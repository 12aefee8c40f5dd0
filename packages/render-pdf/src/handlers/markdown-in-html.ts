import type {MarkdownInHtml} from '@samizdat/mkdocs-markdown'
import {isRecommendationNode} from '@samizdat/model'
import type {Flow} from '../flow.js'
import {printedAsCard} from '../recommendation-card.js'
import {blocks} from './blocks.js'
import {paragraph} from './paragraph.js'

/**
 * `<div class="grid cards" markdown>` and the like: paper has no grid, so its content prints in
 * order, as the reader of a phone sees it; inline content (`<p markdown>`) is one paragraph.
 * `<div class="admonition recommendation" markdown>` prints as its recommendation's card.
 */
export function markdownInHtml(node: MarkdownInHtml, flow: Flow): void {
  if (isRecommendationNode(node) && printedAsCard(node, flow)) return
  if (node.mode === 'span') paragraph({type: 'paragraph', children: node.children}, flow)
  else blocks(node.children, flow)
}
