import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Recommendation, RecommendationLink} from '@samizdat/model'
import {fill} from '@samizdat/messages'
import {externalRel, isWebUrl} from '../resolved.js'
import type {RenderContext} from '../types.js'
import {iconElement} from './icon.js'
import {logoElement} from './logo.js'

/**
 * A recommendation as a card: logo, name, platforms with icons, summary, buttons, icon
 * links (named by their titles) and the downloads. The
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
  const buttons = recommendation.links.filter((link) => link.style === 'button').map((link) => button(link, context))
  const iconLinks = recommendation.links.filter((link) => link.style === 'icon').map((link) => iconLink(link, context))
  return h('div', {className: ['recommendation'], id: place === 'page' && recommendation.cardAnchor ? recommendation.anchor : undefined}, [
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
    ...(buttons.length > 0 || iconLinks.length > 0
      ? [
          h('div', {className: ['recommendation__links'], dataPagefindIgnore: 'all'}, [
            ...(buttons.length > 0 ? [h('p', {className: ['recommendation__buttons']}, spaced(buttons))] : []),
            ...(iconLinks.length > 0 ? [h('ul', {className: ['recommendation__icon-links'], ariaLabel: strings.cardLinks}, iconLinks.map((link) => h('li', {}, [link])))] : [])
          ])
        ]
      : []),
    ...(recommendation.downloads.length > 0 ? [downloads(recommendation, context)] : []),
    ...(place === 'page'
      ? [
          h('p', {className: ['recommendation__more'], dataPagefindIgnore: 'all'}, [
            h('a', {href: context.href(recommendation.url)}, fill(strings.readMore, {name: recommendation.name}))
          ])
        ]
      : [])
  ])
}

/** Where to get it, as Material writes it: `<details class="downloads">` with a list of stores and platforms. */
function downloads(recommendation: Recommendation, context: RenderContext): Element {
  return h('details', {className: ['downloads'], dataPagefindIgnore: 'all'}, [
    h('summary', {}, context.strings.downloads),
    h(
      'ul',
      {},
      recommendation.downloads.map((download) => {
        const icon = download.icon ? context.bundle.icons[download.icon] : undefined
        const children = [...(icon ? [iconElement(icon)] : []), download.label]
        return h('li', {}, [isWebUrl(download.href) ? h('a', {href: download.href, rel: externalRel}, children) : h('span', {}, children)])
      })
    )
  ])
}

/** An icon link: the icon alone on screen, its title (or kind) as its accessible name and tooltip. */
function iconLink(link: RecommendationLink, context: RenderContext): Element {
  const icon = link.icon ? context.bundle.icons[link.icon] : undefined
  const children: ElementContent[] = icon ? [iconElement(icon)] : [{type: 'text', value: link.label}]
  const properties = {className: ['card-link'], title: link.label, ariaLabel: link.label}
  if (!link.exists || (link.external && !isWebUrl(link.href))) return h('span', {...properties, className: ['card-link', 'card-link--missing']}, children)
  return h('a', {...properties, href: link.external ? link.href : context.href(link.href), ...(link.external ? {rel: externalRel} : {})}, children)
}

function button(link: RecommendationLink, context: RenderContext): Element {
  const icon = link.icon ? context.bundle.icons[link.icon] : undefined
  const className = ['md-button', ...(link.primary ? ['md-button--primary'] : [])]
  const children = [...(icon ? [iconElement(icon)] : []), link.label]
  if ((!link.external && !link.exists) || (link.external && !isWebUrl(link.href))) {
    // The guide page it names is not written yet: a button-shaped label, not a dead link.
    return h('span', {className: [...className, 'md-button--missing'], title: context.strings.missingLink}, children)
  }
  if (link.external || isWebUrl(link.href)) {
    return h('a', {href: link.href, rel: externalRel, className}, children)
  }
  return h('a', {href: context.href(link.href), className}, children)
}

function spaced(elements: Element[]): ElementContent[] {
  return elements.flatMap((element, index): ElementContent[] =>
    index === 0 ? [element] : [{type: 'text', value: ' '}, element]
  )
}
