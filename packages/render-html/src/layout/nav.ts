import type {Element} from 'hast'
import {h} from 'hastscript'
import type {NavItem} from '@samizdat/model'
import type {RenderContext} from '../types.js'

/**
 * The site navigation from `bundle.nav` (every page when the config names none), each
 * page followed by its recommendations' own pages; the current page is `aria-current`.
 */
export function navElement(context: RenderContext): Element {
  const {bundle} = context
  const items: NavItem[] =
    bundle.nav.length > 0 ? bundle.nav : bundle.pages.map((page) => ({title: page.title, page: page.source, url: page.url}))
  return h('nav', {className: ['site-nav'], ariaLabel: context.strings.navigation, dataPagefindIgnore: 'all'}, [
    list(items, context)
  ])
}

function list(items: NavItem[], context: RenderContext): Element {
  return h(
    'ul',
    {},
    items.map((item) => {
      const recommendations = item.page ? context.bundle.recommendations.filter((r) => r.page === item.page) : []
      const children: NavItem[] = [
        ...(item.children ?? []),
        ...recommendations.map((r) => ({title: r.name, url: r.url}))
      ]
      return h('li', {}, [
        item.url ? entry(item.title, item.url, context) : h('span', {className: ['site-nav__section']}, item.title),
        ...(children.length > 0 ? [list(children, context)] : [])
      ])
    })
  )
}

function entry(title: string, url: string, context: RenderContext): Element {
  const current = url === context.url
  return h('a', {href: context.href(url), ariaCurrent: current ? 'page' : undefined}, title)
}
