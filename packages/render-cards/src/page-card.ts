import {colors} from '@samizdat/theme'
import {cardSizes, pageCardFile, type Page, type SiteBundle} from '@samizdat/model'
import {cardAddress} from './card-address.js'
import type {CardJob} from './card-job.js'
import {firstSentence, shorten} from './card-meta.js'
import {drawableText} from './drawable-text.js'
import {iconDataUri} from './icon-data-uri.js'
import {monogram} from './logo-tile.js'
import {pageOg, type PageCardProps} from './templates/page-og.js'

/** A page as its card shows it: title, description and its front-matter icon. */
export function pageCardProps(bundle: SiteBundle, page: Page): PageCardProps {
  const icon = page.icon === null ? undefined : bundle.icons[page.icon]
  return {
    title: drawableText(page.title),
    description: drawableText(page.description),
    icon: icon ? iconDataUri(icon, colors.light.accent) : null,
    siteName: drawableText(bundle.site.name),
    url: cardAddress(bundle.site.url, page.url).display
  }
}

/** A page's Open Graph card and the JSON beside it. */
export function pageCardJob(bundle: SiteBundle, page: Page): CardJob {
  const props = pageCardProps(bundle, page)
  const {href} = cardAddress(bundle.site.url, page.url)
  const tile = props.icon ? 'значок страницы на белой плитке' : `буква «${monogram(props.title)}» на цветной плитке`
  const alt = [
    `Карточка страницы гида «${props.siteName}»: ${tile}, крупно заголовок «${props.title}»`,
    props.description === '' ? '.' : `, под ним описание: «${shorten(props.description, 300)}».`,
    ` Внизу название гида и адрес ${props.url}.`
  ].join('')
  const caption = [props.title, props.description === '' ? '' : `\n\n${firstSentence(props.description)}`, `\n\n${href}`].join('')
  return {file: pageCardFile(page), unit: {kind: 'page', id: page.source}, size: cardSizes.og, node: () => pageOg(props), meta: {alt, caption, url: href, ...cardSizes.og}}
}
