import type {Element} from 'hast'
import {h} from 'hastscript'
import type {Heading} from 'mdast'
import type {ContextHandler} from './handler.js'

/**
 * `<hN id>` as mdast-util-to-hast writes it, plus, when the project asks for `toc`'s
 * `permalink`, Python-Markdown's link to the heading itself:
 * `<a class="headerlink" href="#id" title="Permanent link">¶</a>`.
 */
export const heading: ContextHandler<Heading> = (state, node, _parent, context) => {
  const id = node.data?.id
  const mark = context.bundle.site.permalink
  const children = state.all(node)
  if (mark !== null && id !== undefined) children.push(h('a', {className: ['headerlink'], href: `#${id}`, title: context.strings.permalink, dataPagefindIgnore: 'all'}, mark))
  const result: Element = {type: 'element', tagName: `h${node.depth}`, properties: {}, children}
  state.patch(node, result)
  return state.applyData(node, result)
}
