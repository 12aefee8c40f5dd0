import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Root} from 'mdast'
import type {Admonition} from '@samizdat/mkdocs-markdown'
import {admonitionTitle} from '@samizdat/messages'
import {isRecommendation} from '@samizdat/model'
import {recommendationCard} from '../components/recommendation-card.js'
import type {ContextHandler} from './handler.js'

/**
 * Material for MkDocs markup: `<div class="admonition KIND">` with
 * `<p class="admonition-title">`, or `<details class="KIND">` with `<summary>` (`open`
 * for `???+`). A recommendation admonition becomes its recommendation's card.
 */
export const admonition: ContextHandler<Admonition> = (state, node, _parent, context) => {
  if (isRecommendation(node)) {
    const recommendation = context.recommendationFor(node)
    if (recommendation) {
      const summary = state.all({type: 'root', children: recommendation.summary} as Root)
      const card = recommendationCard(recommendation, summary, context, 'page')
      state.patch(node, card)
      return state.applyData(node, card)
    }
  }
  const className = [node.kind, ...node.classes]
  const fallbackTitle = admonitionTitle(context.strings, node.kind)
  const title = node.title ?? fallbackTitle
  const body: ElementContent[] = state.all(node)
  let result: Element
  if (node.collapsible) {
    // A summary is what the reader clicks: it is never empty.
    result = h('details', {className, open: node.collapsible === 'open'}, [h('summary', {}, title || fallbackTitle), ...body])
  } else {
    result = h('div', {className: ['admonition', ...className]}, [
      ...(title === '' ? [] : [h('p', {className: ['admonition-title']}, title)]),
      ...body
    ])
  }
  state.patch(node, result)
  return state.applyData(node, result)
}
