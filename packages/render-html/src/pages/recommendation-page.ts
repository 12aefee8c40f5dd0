import type {Element} from 'hast'
import {h} from 'hastscript'
import type {Recommendation} from '@samizdat/model'
import {fill} from '@samizdat/messages'
import {cardSizes, leafletFile, recommendationCardFile} from '@samizdat/model'
import {recommendationCard} from '../components/recommendation-card.js'
import {createContext, type SiteShared} from '../context.js'
import {pageDocument} from '../layout/document.js'
import {markdownToHast} from '../to-hast.js'

/**
 * A recommendation's own page: its card, the details that follow it on the guide's
 * page, a link back to that section, and its share card and printable leaflet when
 * those files are part of the site.
 */
export function recommendationPage(site: SiteShared, recommendation: Recommendation, search: boolean): string {
  const context = createContext(site, recommendation.url, null)
  const {strings} = context
  const page = site.pagesBySource.get(recommendation.page)
  const summary = markdownToHast({type: 'root', children: recommendation.summary}, context)
  const details = markdownToHast({type: 'root', children: recommendation.details}, context)
  const cardFile = recommendationCardFile(recommendation, 'og')
  const card = site.cardFiles.has(cardFile)
    ? {file: cardFile, ...cardSizes.og, alt: `${recommendation.name}: ${clip(recommendation.summaryText, 200)}`}
    : null
  const leaflet = leafletFile(recommendation)
  const extras: Element[] = []
  if (page) {
    extras.push(
      h('p', {className: ['recommendation__back']}, [
        h('a', {href: context.href(`${page.url}#${recommendation.anchor}`)}, fill(strings.backToSection, {title: page.title}))
      ])
    )
  }
  if (site.leafletFiles.has(leaflet)) {
    extras.push(h('p', {}, [h('a', {href: context.href(`/leaflets/${leaflet}`), className: ['md-button']}, strings.leaflet)]))
  }
  if (card) {
    extras.push(
      h('figure', {className: ['recommendation__share']}, [
        h('img', {src: context.href(`/cards/${card.file}`), alt: card.alt, width: card.width, height: card.height, loading: 'lazy'}),
        h('figcaption', {}, strings.shareCard)
      ])
    )
  }
  return pageDocument(
    {
      meta: {
        title: recommendation.name,
        description: clip(recommendation.summaryText, 300),
        url: recommendation.url,
        type: 'article',
        card
      },
      main: [h('h1', {}, recommendation.name), recommendationCard(recommendation, summary, context, 'own'), ...details, ...extras],
      toc: null,
      searchable: true
    },
    context,
    search
  )
}

/** At most `length` characters, cut at a word and marked with an ellipsis. */
export function clip(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= length) return flat
  const cut = flat.slice(0, length - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length / 2))}…`
}
