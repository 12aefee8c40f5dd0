import type {Admonition} from '@samizdat/mkdocs-markdown'
import {isRecommendation, type Page, type Recommendation, type SiteBundle} from '@samizdat/model'
import {uiStrings} from './strings.js'
import type {RenderContext} from './types.js'
import {relativeUrl} from './urls.js'

/** Settings shared by every page of one build. */
export interface BuildSettings {
  cardFiles: ReadonlySet<string>
  leafletFiles: ReadonlySet<string>
}

/**
 * The context for writing the page at `url`. Links are relative to it, except on pages
 * served at any depth (the 404 page), which pass `absolute` and link from the site's
 * base path (taken from `site.url`).
 */
export function createContext(
  bundle: SiteBundle,
  url: string,
  page: Page | null,
  settings: BuildSettings,
  absolute = false
): RenderContext {
  const base = new URL(bundle.site.url).pathname
  const onPage = page ? bundle.recommendations.filter((r) => r.page === page.source) : []
  let seen = 0
  return {
    bundle,
    url,
    page,
    strings: uiStrings(bundle.site.language),
    ...settings,
    href: absolute ? (to) => base + to.replace(/^\/+/, '') : (to) => relativeUrl(url, to),
    recommendationFor(node: Admonition): Recommendation | undefined {
      if (!isRecommendation(node)) return undefined
      const index = seen++
      return byPosition(onPage, node) ?? onPage[index]
    }
  }
}

/** The recommendation whose source range holds the admonition, if the model recorded it so. */
function byPosition(candidates: Recommendation[], node: Admonition): Recommendation | undefined {
  const line = node.position?.start.line
  if (line === undefined) return undefined
  return candidates.find((r) => r.position.start.line <= line && line <= r.position.end.line)
}
