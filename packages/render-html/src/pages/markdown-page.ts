import {h} from 'hastscript'
import type {Page} from '@samizdat/model'
import {cardSizes, handoutFile, pageCardFile} from '@samizdat/model'
import {createContext, type SiteShared} from '../context.js'
import {pageDocument} from '../layout/document.js'
import {tocElement} from '../layout/toc.js'
import {markdownToHast} from '../to-hast.js'

/** One Markdown page as HTML, with an `<h1>` from its title when the text has none. */
export function markdownPage(site: SiteShared, page: Page, search: boolean): string {
  const context = createContext(site, page.url, page)
  const content = markdownToHast(page.tree, context)
  const hasTitle = page.tree.children.some((node) => node.type === 'heading' && node.depth === 1)
  const cardFile = pageCardFile(page)
  const handout = handoutFile(page)
  const print = site.leafletFiles.has(handout)
    ? [h('p', {className: ['page-handout']}, [h('a', {href: context.href(`/leaflets/${handout}`), className: ['md-button']}, context.strings.handout)])]
    : []
  return pageDocument(
    {
      meta: {
        title: page.title,
        description: page.description,
        url: page.url,
        type: page.url === '/' ? 'website' : 'article',
        card: site.cardFiles.has(cardFile) ? {file: cardFile, ...cardSizes.og, alt: page.title} : null
      },
      main: [...(hasTitle ? [] : [h('h1', {}, page.title)]), ...content, ...print],
      toc: tocElement(page.headings, context),
      searchable: true
    },
    context,
    search
  )
}
