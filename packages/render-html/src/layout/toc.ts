import type {Element} from 'hast'
import {h} from 'hastscript'
import type {TocEntry} from '@samizdat/model'
import type {RenderContext} from '../types.js'

/** The table of contents from `page.headings` (levels 2 and 3), or nothing for a page without sections. */
export function tocElement(headings: TocEntry[], context: RenderContext): Element | null {
  const entries = headings.filter((heading) => heading.depth === 2 || heading.depth === 3)
  if (entries.length === 0) return null
  return h('aside', {className: ['site-toc'], dataPagefindIgnore: 'all'}, [
    h('nav', {ariaLabel: context.strings.toc}, [
      h('p', {className: ['site-toc__title']}, context.strings.toc),
      h(
        'ul',
        {},
        entries.map((heading) =>
          h('li', {className: [`site-toc__depth-${heading.depth}`]}, [h('a', {href: `#${heading.id}`}, heading.text)])
        )
      )
    ])
  ])
}
