import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Recommendation, RecommendationLink} from '@samizdat/model'
import {fill} from '@samizdat/messages'
import {externalRel, isWebUrl} from '../resolved.js'
import type {RenderContext} from '../types.js'
import {iconElement} from './icon.js'
import {logoElement} from './logo.js'

/**
 * A recommendation as a card: logo, name, platforms with icons, summary, buttons. The
 * same card sits on the guide's page (with a link to the recommendation's own page)
 * and on that own page (without it).
 */
export function recommendationCard(
  recommendation: Recommendation,
  summary: ElementContent[],
  context: RenderContext,
  place: 'page' | 'own'
): Element {
  const {strings} = context
  const buttons = recommendation.links.map((link) => button(link, context))
  return h('div', {className: ['recommendation']}, [
    h('div', {className: ['recommendation__header']}, [
      logoElement(recommendation, context),
      h('div', {className: ['recommendation__heading']}, [
        // The heading above the card (or the page's <h1>) already says the name to search.
        h('p', {className: ['recommendation__name'], dataPagefindIgnore: 'all'}, recommendation.name),
        h(
          'ul',
          {className: ['recommendation__platforms'], ariaLabel: strings.platforms},
          recommendation.platforms.map((platform) => {
            const icon = platform.icon ? context.bundle.icons[platform.icon] : undefined
            return h('li', {}, [...(icon ? [iconElement(icon)] : []), platform.label])
          })
        )
      ])
    ]),
    h('div', {className: ['recommendation__summary']}, summary),
    h('p', {className: ['recommendation__links'], dataPagefindIgnore: 'all'}, spaced(buttons)),
    ...(place === 'page'
      ? [
          h('p', {className: ['recommendation__more'], dataPagefindIgnore: 'all'}, [
            h('a', {href: context.href(recommendation.url)}, fill(strings.readMore, {name: recommendation.name}))
          ])
        ]
      : [])
  ])
}

function button(link: RecommendationLink, context: RenderContext): Element {
  const icon = link.icon ? context.bundle.icons[link.icon] : undefined
  const className = ['md-button', ...(link.primary ? ['md-button--primary'] : [])]
  const children = [...(icon ? [iconElement(icon)] : []), link.label]
  if ((link.kind === 'guide' && !link.exists) || (link.kind === 'official' && !isWebUrl(link.href))) {
    // The guide page it names is not written yet: a button-shaped label, not a dead link.
    return h('span', {className: [...className, 'md-button--missing'], title: context.strings.missingLink}, children)
  }
  if (link.kind === 'official' || isWebUrl(link.href)) {
    return h('a', {href: link.href, rel: externalRel, className}, children)
  }
  return h('a', {href: context.href(link.href), className}, children)
}

function spaced(elements: Element[]): ElementContent[] {
  return elements.flatMap((element, index): ElementContent[] =>
    index === 0 ? [element] : [{type: 'text', value: ' '}, element]
  )
}
