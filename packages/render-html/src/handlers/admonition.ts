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
 * for `???+`). The title is inline Markdown (code, emphasis, links, icons); without one, the
 * kind, capitalised. `inline` and `inline end` classes float the box beside the text (CSS).
 * A recommendation admonition becomes its recommendation's card.
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
  const [first, ...rest] = node.children
  const titleNode = first?.type === 'admonitionTitle' ? first : undefined
  const body: ElementContent[] = state.all({type: 'root', children: titleNode ? rest : node.children} as Root)
  const fallbackTitle: ElementContent[] = [{type: 'text', value: admonitionTitle(context.strings, node.kind)}]
  // `null`: no title written (the kind stands in); `[]`: explicitly none (`!!! note ""`).
  const title: ElementContent[] | null = titleNode ? state.all(titleNode) : null
  let result: Element
  if (node.collapsible) {
    // A summary is what the reader clicks: it is never empty.
    result = h('details', {className, open: node.collapsible === 'open'}, [h('summary', {}, title?.length ? title : fallbackTitle), ...body])
  } else {
    result = h('div', {className: ['admonition', ...className]}, [
      ...(title !== null && title.length === 0 ? [] : [h('p', {className: ['admonition-title']}, title ?? fallbackTitle)]),
      ...body
    ])
  }
  state.patch(node, result)
  return state.applyData(node, result)
}
