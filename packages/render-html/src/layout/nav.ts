import type {Element} from 'hast'
import {h} from 'hastscript'
import type {NavItem, SiteBundle} from '@samizdat/model'
import type {RenderContext} from '../types.js'

/** One entry of the navigation as every page shows it: a link (`url` set) or a section. */
export interface SiteNavItem {
  title: string
  url?: string
  children?: SiteNavItem[]
}

/**
 * The navigation every page shows, as data: `bundle.nav` (every page when the config names
 * none), each page followed by its recommendations' own pages. It names other pages' titles
 * and every recommendation, so an incremental build hashes it with every HTML unit.
 */
export function siteNavigation(bundle: SiteBundle): SiteNavItem[] {
  const items: NavItem[] =
    bundle.nav.length > 0 ? bundle.nav : bundle.pages.map((page) => ({title: page.title, page: page.source, url: page.url}))
  const withRecommendations = (items: NavItem[]): SiteNavItem[] =>
    items.map((item) => {
      const recommendations = item.page ? bundle.recommendations.filter((r) => r.page === item.page) : []
      const children: SiteNavItem[] = [
        ...withRecommendations(item.children ?? []),
        ...recommendations.map((r) => ({title: r.name, url: r.url}))
      ]
      return {title: item.title, ...(item.url ? {url: item.url} : {}), ...(children.length > 0 ? {children} : {})}
    })
  return withRecommendations(items)
}

/** The site navigation of {@link siteNavigation}; the current page is `aria-current`. */
export function navElement(context: RenderContext): Element {
  return h('nav', {className: ['site-nav'], ariaLabel: context.strings.navigation, dataPagefindIgnore: 'all'}, [
    list(siteNavigation(context.bundle), context)
  ])
}

function list(items: SiteNavItem[], context: RenderContext): Element {
  return h(
    'ul',
    {},
    items.map((item) =>
      h('li', {}, [
        item.url ? entry(item.title, item.url, context) : h('span', {className: ['site-nav__section']}, item.title),
        ...(item.children ? [list(item.children, context)] : [])
      ])
    )
  )
}

function entry(title: string, url: string, context: RenderContext): Element {
  const current = url === context.url
  return h('a', {href: context.href(url), ariaCurrent: current ? 'page' : undefined}, title)
}
