import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {NavItem, Recommendation, SiteBundle} from '@samizdat/model'
import {externalRel, isWebUrl} from '../resolved.js'
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
  const byPage = recommendationsByPage(bundle.recommendations)
  const withRecommendations = (items: NavItem[]): SiteNavItem[] =>
    items.map((item) => {
      const recommendations = (item.page && byPage.get(item.page)) || []
      const children: SiteNavItem[] = [
        ...withRecommendations(item.children ?? []),
        ...recommendations.map((r) => ({title: r.name, url: r.url}))
      ]
      return {title: item.title, ...(item.url ? {url: item.url} : {}), ...(children.length > 0 ? {children} : {})}
    })
  return withRecommendations(items)
}

/** The recommendations of each page (by source), in bundle order. */
export function recommendationsByPage(recommendations: readonly Recommendation[]): Map<string, Recommendation[]> {
  const byPage = new Map<string, Recommendation[]>()
  for (const recommendation of recommendations) {
    const list = byPage.get(recommendation.page)
    if (list) list.push(recommendation)
    else byPage.set(recommendation.page, [recommendation])
  }
  return byPage
}

/**
 * Above this many entries the navigation is pruned (Material for MkDocs' `navigation.prune`):
 * each page shows the top level and the path down to itself, not the whole tree. Up to it, the
 * whole tree is a useful overview and costs little; past it, every page repeating every other
 * page's title makes the site grow with the square of its pages, and no reader scans it.
 */
export const pruneAbove = 100

/** The navigation of one render, with what showing it on any page needs, computed once. */
export interface NavigationPlan {
  items: SiteNavItem[]
  /** Show each page only the top level and the path to itself. */
  pruned: boolean
  /** The entries from the top level down to a URL's first entry (itself included), by URL. */
  paths: Map<string, ReadonlySet<SiteNavItem>>
  /** The first link inside an entry's children: where a pruned (closed) section leads. */
  firstUrls: Map<SiteNavItem, string>
}

/** Plan the navigation of `bundle` once per render: every page's share of it is then cheap to show. */
export function planNavigation(bundle: SiteBundle): NavigationPlan {
  const items = siteNavigation(bundle)
  const paths = new Map<string, ReadonlySet<SiteNavItem>>()
  const firstUrls = new Map<SiteNavItem, string>()
  let count = 0
  const walk = (list: SiteNavItem[], above: SiteNavItem[]): string | undefined => {
    let first: string | undefined
    for (const item of list) {
      count++
      const path = [...above, item]
      if (item.url !== undefined && !paths.has(item.url)) paths.set(item.url, new Set(path))
      const inside = item.children ? walk(item.children, path) : undefined
      if (inside !== undefined) firstUrls.set(item, inside)
      first ??= item.url ?? inside
    }
    return first
  }
  walk(items, [])
  return {items, pruned: count > pruneAbove, paths, firstUrls}
}

/**
 * The site navigation (see {@link planNavigation}); the current page is `aria-current`. Built
 * from the model's titles and URLs by this template, so it is not sanitized: titles are text,
 * which `hast-util-to-html` escapes, and a URL with a scheme other than `http(s)`/`mailto` is
 * not made a link.
 */
export function navElement(context: RenderContext): Element {
  const plan = context.navigation
  const open = plan.pruned ? (plan.paths.get(context.url) ?? new Set<SiteNavItem>()) : null
  const list = (items: SiteNavItem[]): Element =>
    h(
      'ul',
      {},
      items.map((item) => {
        const shown = item.children && (open === null || open.has(item))
        const first = plan.firstUrls.get(item)
        let label: ElementContent
        if (item.url !== undefined) label = entry(item.title, item.url, context)
        // A closed section leads to its first page, as in Material's pruned navigation.
        else if (!shown && first !== undefined) label = link(item.title, first, context, ['site-nav__section', 'site-nav__closed'])
        else label = h('span', {className: ['site-nav__section']}, item.title)
        return h('li', {}, shown ? [label, list(item.children ?? [])] : [label])
      })
    )
  return h('nav', {className: ['site-nav'], ariaLabel: context.strings.navigation, dataPagefindIgnore: 'all'}, [list(plan.items)])
}

function entry(title: string, url: string, context: RenderContext): ElementContent {
  return link(title, url, context, [], url === context.url)
}

function link(title: string, url: string, context: RenderContext, classNames: string[], current = false): ElementContent {
  const className = classNames.length > 0 ? classNames : undefined
  if (/^[a-z][a-z\d+.-]*:/i.test(url)) {
    // The config's nav may name other sites; only web and mail links leave the site.
    return isWebUrl(url) ? h('a', {href: url, rel: externalRel, className}, title) : h('span', {className}, title)
  }
  return h('a', {href: context.href(url), className, ariaCurrent: current ? 'page' : undefined}, title)
}
