import {h} from 'hastscript'
import type {MarkdownInHtml} from '@samizdat/mkdocs-markdown'
import type {ContextHandler} from './handler.js'

/**
 * `<div class="grid cards" markdown>` and the like: the element itself, around its Markdown
 * content. Its attributes are the allow-listed ones the dialect put in `data.hProperties`;
 * the tag is one of the dialect's `markdownInHtmlTags`, checked again by the sanitizer.
 */
export const markdownInHtml: ContextHandler<MarkdownInHtml> = (state, node) => {
  const children = state.all(node)
  const result = h(node.tagName, {}, node.mode === 'block' ? state.wrap(children, true) : children)
  state.patch(node, result)
  return state.applyData(node, result)
}
