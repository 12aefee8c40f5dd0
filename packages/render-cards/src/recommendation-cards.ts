import {cardSizes, recommendationCardFile, type CardSize, type Recommendation, type SiteBundle} from '@samizdat/model'
import {cardAddress} from './card-address.js'
import type {CardJob} from './card-job.js'
import {firstSentence, hashtag, listRu, shorten} from './card-meta.js'
import {drawableText} from './drawable-text.js'
import type {CardNode} from './h.js'
import {imageDataUri} from './image-data-uri.js'
import {monogram} from './logo-tile.js'
import type {RecommendationCardProps} from './templates/card-props.js'
import {recommendationOg} from './templates/recommendation-og.js'
import {recommendationSquare} from './templates/recommendation-square.js'
import {recommendationStory} from './templates/recommendation-story.js'

/** One template per size: adding a size to `cardSizes` makes the type checker ask for its layout. */
export const recommendationTemplates = {
  og: recommendationOg,
  square: recommendationSquare,
  story: recommendationStory
} as const satisfies Record<CardSize, (props: RecommendationCardProps) => CardNode>

/** A recommendation as its cards show it: text the font can draw, the logo inlined, icons resolved. */
export function recommendationCardProps(bundle: SiteBundle, recommendation: Recommendation): RecommendationCardProps {
  const logoKey = recommendation.logo.light ?? recommendation.logo.dark
  const logo = logoKey === null ? undefined : bundle.assets[logoKey]
  return {
    name: drawableText(recommendation.name),
    summary: drawableText(recommendation.summaryText),
    logo: logo ? imageDataUri(logo) : null,
    color: recommendation.color,
    platforms: recommendation.platforms.map((platform) => ({
      label: drawableText(platform.label),
      icon: (platform.icon === null ? undefined : bundle.icons[platform.icon]) ?? null
    })),
    siteName: drawableText(bundle.site.name),
    url: cardAddress(bundle.site.url, recommendation.url).display
  }
}

/** The three cards of a recommendation: file, size, template and the JSON beside the PNG. */
export function recommendationCardJobs(bundle: SiteBundle, recommendation: Recommendation): CardJob[] {
  const props = recommendationCardProps(bundle, recommendation)
  const {href} = cardAddress(bundle.site.url, recommendation.url)
  const platforms = props.platforms.map((platform) => platform.label)
  const tile = props.logo
    ? `логотип ${props.name} на белой плитке`
    : `вместо логотипа — буква «${monogram(props.name)}» на плитке фирменного цвета`
  const alt = [
    `Карточка рекомендации гида «${props.siteName}»: ${tile}, крупно название «${props.name}»`,
    props.summary === '' ? '.' : `, под ним описание: «${shorten(props.summary, 300)}».`,
    platforms.length === 0 ? '' : ` Значки платформ: ${listRu(platforms)}.`,
    ` Внизу название гида и адрес ${props.url}.`
  ].join('')
  const caption = [
    props.summary === '' ? props.name : `${props.name} — ${firstSentence(props.summary)}`,
    platforms.length === 0 ? '' : `\n\nПлатформы: ${listRu(platforms)}.`,
    `\n\nПодробнее в гиде «${props.siteName}»: ${href}`,
    `\n\n${[hashtag(props.name), '#приватность', '#цифроваябезопасность'].filter(Boolean).join(' ')}`
  ].join('')
  return (Object.keys(recommendationTemplates) as CardSize[]).map((size) => ({
    file: recommendationCardFile(recommendation, size),
    unit: {kind: 'recommendation', id: recommendation.slug},
    size: cardSizes[size],
    node: () => recommendationTemplates[size](props),
    meta: {alt, caption, url: href, ...cardSizes[size]}
  }))
}
