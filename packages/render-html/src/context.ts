import type {Admonition, MarkdownInHtml} from '@samizdat/mkdocs-markdown'
import {isRecommendationNode, type Page, type Recommendation, type SiteBundle} from '@samizdat/model'
import {planNavigation, recommendationsByPage, type NavigationPlan} from './layout/nav.js'
import {messagesFor, type Messages} from '@samizdat/messages'
import type {RenderContext} from './types.js'
import {relativeFrom} from './urls.js'

/** Settings shared by every page of one build. */
export interface BuildSettings {
  cardFiles: ReadonlySet<string>
  leafletFiles: ReadonlySet<string>
}

/**
 * What every page of one render shares, worked out once from the bundle: the navigation,
 * each page's recommendations, pages by source, the interface's words. A page must never
 * recompute something site-wide, or a site's build time grows with the square of its pages.
 */
export interface SiteShared extends BuildSettings {
  bundle: SiteBundle
  navigation: NavigationPlan
  recommendationsByPage: ReadonlyMap<string, Recommendation[]>
  pagesBySource: ReadonlyMap<string, Page>
  strings: Messages
  /** The path of `site.url`, where links of pages served at any depth start. */
  base: string
}

/** Prepare {@link SiteShared} for one render of `bundle`. */
export function shareSite(bundle: SiteBundle, settings: BuildSettings): SiteShared {
  return {
    ...settings,
    bundle,
    navigation: planNavigation(bundle),
    recommendationsByPage: recommendationsByPage(bundle.recommendations),
    pagesBySource: new Map(bundle.pages.map((page) => [page.source, page])),
    strings: messagesFor(bundle.site.language, bundle.site.messages),
    base: new URL(bundle.site.url).pathname
  }
}

/**
 * The context for writing the page at `url`. Links are relative to it, except on pages
 * served at any depth (the 404 page), which pass `absolute` and link from the site's
 * base path (taken from `site.url`).
 */
export function createContext(site: SiteShared, url: string, page: Page | null, absolute = false): RenderContext {
  const onPage = page ? (site.recommendationsByPage.get(page.source) ?? []) : []
  let seen = 0
  return {
    bundle: site.bundle,
    url,
    page,
    strings: site.strings,
    navigation: site.navigation,
    cardFiles: site.cardFiles,
    leafletFiles: site.leafletFiles,
    href: absolute ? (to) => site.base + to.replace(/^\/+/, '') : relativeFrom(url),
    recommendationFor(node: Admonition | MarkdownInHtml): Recommendation | undefined {
      if (!isRecommendationNode(node)) return undefined
      const index = seen++
      // A card the model left out (it has no name) must not take the next card's place.
      return node.position ? byPosition(onPage, node) : onPage[index]
    }
  }
}

/** The recommendation that starts where the admonition starts, if the model recorded it so. */
function byPosition(candidates: Recommendation[], node: Admonition | MarkdownInHtml): Recommendation | undefined {
  const line = node.position?.start.line
  if (line === undefined) return undefined
  // Cards do not overlap and come sorted by line: a binary search keeps 10,000 cards on a page linear.
  let low = 0
  let high = candidates.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const candidate = candidates[middle]!
    if (line < candidate.position.start.line) high = middle - 1
    else if (line > candidate.position.end.line) low = middle + 1
    // A card inside another card's range is not that card (cards do not nest: the model keeps
    // the outer one, and the inner one, rendered as the outer card, would hold itself forever).
    else return line === candidate.position.start.line ? candidate : undefined
  }
  return undefined
}
