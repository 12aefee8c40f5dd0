import type {CardNode} from '../h.js'
import {recommendationLayoutProps, type RecommendationCardProps} from './card-props.js'
import {wideLayout} from './wide-layout.js'

/** A recommendation's 1200×630 Open Graph card (link previews). */
export function recommendationOg(props: RecommendationCardProps): CardNode {
  return wideLayout(recommendationLayoutProps(props))
}
