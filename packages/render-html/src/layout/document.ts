import type {ElementContent, Root} from 'hast'
import {sanitize} from 'hast-util-sanitize'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {schema} from '../schema.js'
import type {RenderContext} from '../types.js'
import {headElement, type PageMeta} from './head.js'
import {navElement} from './nav.js'

/** The parts of a page the layout places. */
export interface PageParts {
  meta: PageMeta
  /** The article: already has its `<h1>`. */
  main: ElementContent[]
  /** The table of contents, if the page has one. */
  toc: ElementContent | null
  /** Index this page for search. */
  searchable: boolean
}

/**
 * A whole HTML document: head, skip link, header, navigation, article, table of
 * contents, footer. What came from content (the article, with its Markdown, titles and
 * front matter, and the table of contents) goes through the sanitizer. The rest is this
 * package's own template, where content appears only as text or attribute values, which
 * `hast-util-to-html` escapes, and as the model's page URLs: sanitizing it again on every
 * page would only cost time (the navigation alone is most of a big site's markup).
 */
export function pageDocument(parts: PageParts, context: RenderContext, search: boolean): string {
  const {site} = context.bundle
  const article = sanitized(parts.main)
  const toc = parts.toc ? sanitized([parts.toc]) : []
  const body: ElementContent[] = [
    h('a', {className: ['skip-link'], href: '#content'}, context.strings.skipToContent),
    h('header', {className: ['site-header']}, [
      h('a', {className: ['site-header__title'], href: context.href('/')}, site.name),
      h('div', {className: ['site-header__tools'], id: 'site-tools', dataPagefindIgnore: 'all'})
    ]),
    h('div', {className: ['site-body']}, [
      navElement(context),
      h('main', {id: 'content', className: ['site-main'], ...(parts.searchable ? {dataPagefindBody: ''} : {})}, [
        h('article', {className: ['md-typeset']}, article)
      ]),
      ...toc
    ]),
    h('footer', {className: ['site-footer']}, [h('p', {}, site.description)])
  ]
  const dataRoot = context.href('/')
  const document: Root = {
    type: 'root',
    children: [
      {type: 'doctype'},
      h(
        'html',
        {
          lang: site.language,
          // For the scripts: where the site root is, and the words of the controls they add.
          dataRoot: dataRoot === '' ? './' : dataRoot,
          dataToggleLabel: context.strings.toggleTheme,
          dataSearchLabel: context.strings.search,
          dataSearchPlaceholder: context.strings.searchPlaceholder,
          dataSearchEmpty: context.strings.searchNoResults
        },
        [
        headElement(parts.meta, context, search),
        h('body', {}, body)
      ])
    ]
  }
  return toHtml(document) + '\n'
}

/** Content through the sanitizer, with our schema. */
function sanitized(nodes: ElementContent[]): ElementContent[] {
  return (sanitize({type: 'root', children: nodes}, schema) as Root).children as ElementContent[]
}
