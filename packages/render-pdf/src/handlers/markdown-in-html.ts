import type {MarkdownInHtml} from '@samizdat/mkdocs-markdown'
import type {Flow} from '../flow.js'
import {blocks} from './blocks.js'
import {paragraph} from './paragraph.js'

/**
 * `<div class="grid cards" markdown>` and the like: paper has no grid, so its content prints in
 * order, as the reader of a phone sees it; inline content (`<p markdown>`) is one paragraph.
 */
export function markdownInHtml(node: MarkdownInHtml, flow: Flow): void {
  if (node.mode === 'span') paragraph({type: 'paragraph', children: node.children}, flow)
  else blocks(node.children, flow)
}
