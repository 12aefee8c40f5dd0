import type {RenderSelection, SiteBundle} from '@samizdat/model'
import type {CardJob} from './card-job.js'
import {pageCardJob} from './page-card.js'
import {recommendationCardJobs} from './recommendation-cards.js'

// The selection filters the bundle's pages and recommendations before any job is built, so
// rendering one changed recommendation does not inline every other logo first.

/** The recommendations and pages whose cards are wanted: all of them when `only` is absent. */
function selectedUnits(bundle: SiteBundle, only: RenderSelection | undefined) {
  return {
    recommendations: only === undefined ? bundle.recommendations : bundle.recommendations.filter((item) => only.recommendations.has(item.slug)),
    pages: only === undefined ? bundle.pages : bundle.pages.filter((page) => only.pages.has(page.source))
  }
}

/**
 * Every card of the bundle, or of the pages and recommendations `only` names: three per
 * recommendation, one Open Graph card per page.
 */
export function* cardJobs(bundle: SiteBundle, only?: RenderSelection): Generator<CardJob> {
  const {recommendations, pages} = selectedUnits(bundle, only)
  for (const recommendation of recommendations) yield* recommendationCardJobs(bundle, recommendation)
  for (const page of pages) yield pageCardJob(bundle, page)
}

/** How many cards {@link cardJobs} yields for the same arguments, without building them. */
export function countCards(bundle: SiteBundle, only?: RenderSelection): number {
  const {recommendations, pages} = selectedUnits(bundle, only)
  return recommendations.length * 3 + pages.length
}
