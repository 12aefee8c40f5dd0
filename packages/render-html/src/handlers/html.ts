import type {Html} from 'mdast'
import type {ContextHandler} from './handler.js'

/**
 * Raw HTML in Markdown goes on as a `raw` node: `markdownToHast` reassembles the page's raw HTML
 * with `hast-util-raw` (inline HTML comes as separate open and close tags), turns what the site
 * cannot show safely into what it can (an `<iframe>` into a link, a picture from another site into
 * a link), and the sanitizer's allow-list then decides which elements and attributes survive.
 */
export const html: ContextHandler<Html> = (state, node) => {
  // Comments (`<!-- md:version -->`) would only be dropped by the sanitizer: skip them here,
  // so a page whose only raw HTML is comments is not parsed again.
  if (/^\s*(?:<!--[\s\S]*?-->\s*)*$/.test(node.value)) return undefined
  const result = {type: 'raw', value: node.value} as const
  state.patch(node, result as never)
  return result as never
}
