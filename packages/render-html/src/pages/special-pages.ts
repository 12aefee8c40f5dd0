import {h} from 'hastscript'
import {createContext, type SiteShared} from '../context.js'
import {pageDocument} from '../layout/document.js'

/** The 404 page. Served at any depth, so its links start from the site's base path. */
export function notFoundPage(site: SiteShared, search: boolean): string {
  const context = createContext(site, '/404.html', null, true)
  const {strings} = context
  return pageDocument(
    {
      meta: {title: strings.notFoundTitle, description: strings.notFoundText, url: '/404.html', type: 'website', card: null, noindex: true},
      main: [
        h('h1', {}, strings.notFoundTitle),
        h('p', {}, strings.notFoundText),
        h('p', {}, [h('a', {href: context.href('/')}, strings.home)])
      ],
      toc: null,
      searchable: false
    },
    context,
    search
  )
}

/** A home page for a content folder without `index.md`: the site's name, description and pages. */
export function generatedHomePage(site: SiteShared, search: boolean): string {
  const {bundle} = site
  const context = createContext(site, '/', null)
  return pageDocument(
    {
      meta: {title: bundle.site.name, description: bundle.site.description, url: '/', type: 'website', card: null},
      main: [
        h('h1', {}, bundle.site.name),
        h('p', {}, bundle.site.description),
        h(
          'ul',
          {},
          bundle.pages.map((page) => h('li', {}, [h('a', {href: context.href(page.url)}, page.title)]))
        )
      ],
      toc: null,
      searchable: true
    },
    context,
    search
  )
}
