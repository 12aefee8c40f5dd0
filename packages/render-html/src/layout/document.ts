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
 * contents, footer. The entire `<body>` goes through the sanitizer, so nothing that
 * came from content (text, titles, front matter, attributes) can carry markup the
 * schema does not allow. The head holds only text and attribute values, which
 * `hast-util-to-html` escapes.
 */
export function pageDocument(parts: PageParts, context: RenderContext, search: boolean): string {
  const {site} = context.bundle
  const body: Root = sanitize(
    {
      type: 'root',
      children: [
        h('a', {className: ['skip-link'], href: '#content'}, context.strings.skipToContent),
        h('header', {className: ['site-header']}, [
          h('a', {className: ['site-header__title'], href: context.href('/')}, site.name),
          h('div', {className: ['site-header__tools'], id: 'site-tools', dataPagefindIgnore: 'all'})
        ]),
        h('div', {className: ['site-body']}, [
          navElement(context),
          h('main', {id: 'content', className: ['site-main'], ...(parts.searchable ? {dataPagefindBody: ''} : {})}, [
            h('article', {className: ['md-typeset']}, parts.main)
          ]),
          ...(parts.toc ? [parts.toc] : [])
        ]),
        h('footer', {className: ['site-footer']}, [h('p', {}, site.description)])
      ]
    },
    schema
  ) as Root
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
        h('body', {}, body.children as ElementContent[])
      ])
    ]
  }
  return toHtml(document) + '\n'
}
