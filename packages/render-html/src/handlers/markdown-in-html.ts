import {h} from 'hastscript'
import type {Root} from 'mdast'
import type {MarkdownInHtml} from '@samizdat/mkdocs-markdown'
import {isRecommendationNode} from '@samizdat/model'
import {recommendationCard} from '../components/recommendation-card.js'
import type {ContextHandler} from './handler.js'

/**
 * `<div class="grid cards" markdown>` and the like: the element itself, around its Markdown
 * content. Its attributes are the allow-listed ones the dialect put in `data.hProperties`;
 * the tag is one of the dialect's `markdownInHtmlTags`, checked again by the sanitizer.
 * `<div class="admonition recommendation" markdown>` becomes its recommendation's card.
 */
export const markdownInHtml: ContextHandler<MarkdownInHtml> = (state, node, _parent, context) => {
  if (isRecommendationNode(node)) {
    const recommendation = context.recommendationFor(node)
    if (recommendation) {
      const card = recommendationCard(recommendation, state.all({type: 'root', children: recommendation.summary} as Root), context, 'page')
      // Not `applyData`: the author's `admonition recommendation` classes would replace the card's.
      state.patch(node, card)
      return card
    }
  }
  const children = state.all(node)
  const result = h(node.tagName, {}, node.mode === 'block' ? state.wrap(children, true) : children)
  state.patch(node, result)
  return state.applyData(node, result)
}
