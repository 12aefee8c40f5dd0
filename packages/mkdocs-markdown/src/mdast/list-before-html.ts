import type {List, Nodes} from 'mdast'
import {defaultHandlers, type Handle, type Options as ToMarkdownExtension} from 'mdast-util-to-markdown'

/**
 * Extension for `mdast-util-to-markdown` that keeps indented raw HTML after a list out of it:
 * HTML keeps the spaces it was indented by (up to three: ` - a` ⏎ `  <div>` holds `  <div>`
 * after the list), and written after `- a` those spaces reach the item's content, so the HTML
 * would read back inside the last item. Such a list is written with its items' content at the
 * next tab stop (`-   a`), deeper than any indent HTML can have.
 */
export function listBeforeHtmlToMarkdown(): ToMarkdownExtension {
  const list: Handle = function (node: List, parent, state, info) {
    const siblings: readonly Nodes[] = parent?.children ?? []
    const next = siblings[siblings.indexOf(node) + 1]
    if (next?.type !== 'html' || !/^[\t ]/.test(next.value)) return defaultHandlers.list(node, parent, state, info)
    const listItemIndent = state.options.listItemIndent
    state.options.listItemIndent = 'tab'
    try {
      return defaultHandlers.list(node, parent, state, info)
    } finally {
      state.options.listItemIndent = listItemIndent
    }
  }
  return {handlers: {list}}
}
