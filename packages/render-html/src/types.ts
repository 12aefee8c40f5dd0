import type {Admonition} from '@samizdat/mkdocs-markdown'
import type {Page, Recommendation, RenderResult, RenderSelection, SiteBundle} from '@samizdat/model'
import type {NavigationPlan} from './layout/nav.js'
import type {Messages} from '@samizdat/messages'

/** Options of {@link renderHtml}; every one has a default, so two arguments do the right thing. */
export interface RenderHtmlOptions {
  /**
   * Files that exist under the site's `cards/` folder (`signal-og.png`, ...). Pages link to a
   * share card only when it is listed, so the site never has a dead image. Default: none.
   */
  cardFiles?: readonly string[]
  /** Files that exist under the site's `leaflets/` folder (`signal.pdf`, ...). Default: none. */
  leafletFiles?: readonly string[]
  /** Give the site search: the search box on every page and the Pagefind index (`pagefind/`). Default: `true`. */
  search?: boolean
  /**
   * Build the search index at the end of this call. Default: `search`, except with `only`:
   * the index covers the whole site, so an incremental build calls `buildSearchIndex(dir)`
   * itself once the kept pages are back in the folder.
   */
  searchIndex?: boolean
  /**
   * Render only these pages (by source) and recommendations (by slug), plus every site-wide
   * file. Default: everything.
   */
  only?: RenderSelection
}

/** What a node handler or a component needs to know about the page being written. */
export interface RenderContext {
  bundle: SiteBundle
  /** Site-root-relative URL of the page being written: every link is made relative to it. */
  url: string
  /** The Markdown page being written, or `null` for generated pages (recommendation, 404). */
  page: Page | null
  /** Link to `to` (site-root-relative) from the page being written. */
  href(to: string): string
  /** The recommendation a `recomendation` admonition on this page stands for. */
  recommendationFor(node: Admonition): Recommendation | undefined
  /** The site's message catalogue: every word the site writes comes from it. */
  strings: Messages
  /** The site's navigation, planned once per render. */
  navigation: NavigationPlan
  cardFiles: ReadonlySet<string>
  leafletFiles: ReadonlySet<string>
}

/** Result of {@link renderHtml}: the files written, relative to the output folder, sorted, and by unit. */
export type RenderHtmlResult = RenderResult
