import {cardSizes} from '@samizdat/model'
import type {CardNode} from '../h.js'
import {safeAreas} from '../safe-area.js'
import {recommendationLayoutProps, type RecommendationCardProps} from './card-props.js'
import {tallLayout, type TallMetrics} from './tall-layout.js'

const metrics: TallMetrics = {
  ...cardSizes.square,
  safeArea: safeAreas.square,
  tile: 168,
  titleSizes: [104, 92, 80, 68, 58, 50],
  textSizes: [44, 40, 36, 32, 29, 26],
  textMaxLines: 8,
  platformSize: 28,
  platformRows: 2,
  footerSize: 30,
  gap: 44
}

/** A recommendation's 1080×1080 card for square feeds. */
export function recommendationSquare(props: RecommendationCardProps): CardNode {
  return tallLayout(recommendationLayoutProps(props), metrics)
}
