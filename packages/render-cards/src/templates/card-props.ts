import type {Palette} from '@samizdat/theme'
import type {PlatformBadge} from '../platform-list.js'

/** What every card layout shows; templates map their own props onto it. */
export interface LayoutProps {
  /** The big line: a recommendation's name, a page's title. */
  title: string
  /** The paragraph under it: a summary, a page's description. */
  text: string
  /** Data URI drawn on a white tile; null draws the title's first letter on the accent. */
  image: string | null
  /** Brand colour `#rrggbb`, or null for the guide's own accent. */
  color: string | null
  platforms: readonly PlatformBadge[]
  siteName: string
  /** Address shown on the card, without the scheme. */
  url: string
  /** Colour scheme of the guide; dark by default, which stands out in light feeds. */
  palette?: Palette
}

/** What a recommendation card shows. */
export interface RecommendationCardProps {
  name: string
  summary: string
  /** Data URI of the logo, or null for a monogram. */
  logo: string | null
  color: string | null
  platforms: readonly PlatformBadge[]
  siteName: string
  url: string
  palette?: Palette
}

/** A recommendation's props as the generic layout takes them. */
export function recommendationLayoutProps(props: RecommendationCardProps): LayoutProps {
  const {name, summary, logo, ...rest} = props
  return {title: name, text: summary, image: logo, ...rest}
}
