import {cardSizes} from '@samizdat/model'
import type {CardNode} from '../h.js'
import {safeAreas} from '../safe-area.js'
import {recommendationLayoutProps, type RecommendationCardProps} from './card-props.js'
import {tallLayout, type TallMetrics} from './tall-layout.js'

const metrics: TallMetrics = {
  ...cardSizes.story,
  safeArea: safeAreas.story,
  tile: 260,
  titleSizes: [140, 124, 108, 94, 80, 68],
  textSizes: [56, 52, 48, 44, 40, 36],
  textMaxLines: 12,
  platformSize: 36,
  platformRows: 3,
  footerSize: 38,
  gap: 64
}

/** A recommendation's 1080×1920 card for stories (the top and bottom 250 px stay free for the app's own UI). */
export function recommendationStory(props: RecommendationCardProps): CardNode {
  return tallLayout(recommendationLayoutProps(props), metrics)
}
