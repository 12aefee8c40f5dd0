import {cardSizes, recommendationCardFile, type CardSize, type Recommendation, type SiteBundle} from '@samizdat/model'
import {cardAddress} from './card-address.js'
import type {CardJob} from './card-job.js'
import {fill, formatList, messagesFor} from '@samizdat/messages'
import {firstSentence, hashtag, shorten} from './card-meta.js'
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
  const {language} = bundle.site
  const m = messagesFor(language, bundle.site.messages)
  const platforms = formatList(language, props.platforms.map((platform) => platform.label))
  const tile = props.logo ? fill(m.cardAltLogoTile, {name: props.name}) : fill(m.cardAltMonogramTile, {letter: monogram(props.name)})
  const alt = [
    fill(m.cardAltRecommendation, {site: props.siteName, tile, name: props.name}),
    props.summary === '' ? m.cardAltEnd : fill(m.cardAltDescription, {text: shorten(props.summary, 300)}),
    platforms === '' ? '' : fill(m.cardAltPlatforms, {platforms}),
    fill(m.cardAltFooter, {url: props.url})
  ].join('')
  const hashtags = [hashtag(props.name), m.cardHashtags.trim()].filter(Boolean).join(' ')
  const caption = [
    props.summary === '' ? props.name : `${props.name} — ${firstSentence(props.summary)}`,
    platforms === '' ? '' : `\n\n${fill(m.cardCaptionPlatforms, {platforms})}`,
    `\n\n${fill(m.cardCaptionMore, {site: props.siteName, url: href})}`,
    `\n\n${hashtags}`
  ].join('')
  return (Object.keys(recommendationTemplates) as CardSize[]).map((size) => ({
    file: recommendationCardFile(recommendation, size),
    unit: {kind: 'recommendation', id: recommendation.slug},
    size: cardSizes[size],
    node: () => recommendationTemplates[size](props),
    meta: {alt, caption, url: href, ...cardSizes[size]}
  }))
}
