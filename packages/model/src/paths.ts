import type {Page, Recommendation} from './types.js'

/** The share-card sizes every recommendation gets, by name. */
export const cardSizes = {
  og: {width: 1200, height: 630},
  square: {width: 1080, height: 1080},
  story: {width: 1080, height: 1920}
} as const

/** One name of {@link cardSizes}. */
export type CardSize = keyof typeof cardSizes

// File names are decided here, once, because the site links to cards and leaflets
// that other renderers write: both sides must agree without importing each other.

/** Path of a recommendation's share card inside `cards/`: `signal-og.png`. */
export function recommendationCardFile(recommendation: Pick<Recommendation, 'slug'>, size: CardSize): string {
  return `${recommendation.slug}-${size}.png`
}

/** Path of a page's Open Graph card inside `cards/`: `pages/recommendations-messengers-og.png`. */
export function pageCardFile(page: Pick<Page, 'key'>): string {
  return `pages/${page.key}-og.png`
}

/** Path of a recommendation's leaflet inside `leaflets/`: `signal.pdf`. */
export function leafletFile(recommendation: Pick<Recommendation, 'slug'>): string {
  return `${recommendation.slug}.pdf`
}

/** Path of a page's handout inside `leaflets/`: `pages/recommendations-messengers.pdf`. */
export function handoutFile(page: Pick<Page, 'key'>): string {
  return `pages/${page.key}.pdf`
}
