import {colors} from '@samizdat/theme'
import {cardSizes, pageCardFile, type Page, type SiteBundle} from '@samizdat/model'
import {cardAddress} from './card-address.js'
import type {CardJob} from './card-job.js'
import {fill, messagesFor} from '@samizdat/messages'
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
  const m = messagesFor(bundle.site.language, bundle.site.messages)
  const tile = props.icon ? m.cardAltPageIcon : fill(m.cardAltPageMonogram, {letter: monogram(props.title)})
  const alt = [
    fill(m.cardAltPage, {site: props.siteName, tile, title: props.title}),
    props.description === '' ? m.cardAltEnd : fill(m.cardAltDescription, {text: shorten(props.description, 300)}),
    fill(m.cardAltFooter, {url: props.url})
  ].join('')
  const caption = [props.title, props.description === '' ? '' : `\n\n${firstSentence(props.description)}`, `\n\n${href}`].join('')
  return {file: pageCardFile(page), unit: {kind: 'page', id: page.source}, size: cardSizes.og, node: () => pageOg(props), meta: {alt, caption, url: href, ...cardSizes.og}}
}
