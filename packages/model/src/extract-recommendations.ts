import type {Heading, Parent, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {CONTINUE, SKIP, visit, visitParents} from '@samizdat/mkdocs-markdown/visit'
import type {Admonition, MarkdownInHtml} from '@samizdat/mkdocs-markdown'
import type {Messages} from '@samizdat/messages'
import {brandColor} from '@samizdat/theme'
import {diagnostic} from './diagnostic.js'
import {readCard, readLogo, type IconLookup} from './read-card.js'
import {isRecommendationNode} from './recommendation-kinds.js'
import type {Diagnostic, Recommendation} from './types.js'

/** A recommendation before the site-wide pass gives it a unique slug and URL (and a card anchor its slug). */
export type RecommendationDraft = Omit<Recommendation, 'slug' | 'url'> & {baseSlug: string}

/** Where a page's cards are and how to name, slug and report them. */
export interface ExtractContext {
  /** Docs-relative source of the page. */
  page: string
  /** The file diagnostics name. */
  file: string
  icon: IconLookup
  slugOf: (text: string) => string
  messages: Messages
  diagnostics: Diagnostic[]
}

type Card = Admonition | MarkdownInHtml

/**
 * Each child's place in its parent and the nearest heading before it, and each heading's card
 * count, found once per parent: looking them up per card made a page of 10,000 cards quadratic.
 */
interface PageIndex {
  place: (parent: Parent, child: RootContent) => {index: number; heading: Heading | null}
  cardsUnder: (heading: Heading, ancestors: Parent[]) => number
}

function pageIndex(): PageIndex {
  const places = new Map<Parent, Map<RootContent, {index: number; heading: Heading | null}>>()
  const counts = new Map<Heading, number>()
  const place = (parent: Parent, child: RootContent): {index: number; heading: Heading | null} => {
    let map = places.get(parent)
    if (map === undefined) {
      map = new Map()
      let heading: Heading | null = null
      for (const [index, c] of parent.children.entries()) {
        map.set(c, {index, heading})
        if (c.type === 'heading') heading = c
      }
      places.set(parent, map)
    }
    return map.get(child) ?? {index: -1, heading: null}
  }
  return {
    place,
    cardsUnder(heading, ancestors) {
      let count = counts.get(heading)
      if (count === undefined) {
        count = countCardsUnder(heading, ancestors, place)
        counts.set(heading, count)
      }
      return count
    }
  }
}

/**
 * Find the recommendation cards of a page, in every shape guides write them: the admonition
 * (`!!! recommendation`) or Markdown in HTML (`<div class="admonition recommendation" markdown>`),
 * under a heading that names the product or several to a section, each named by its first bold
 * text. Reports cards with no name, no homepage, no summary, no link at all, or a body that
 * reads as a code block. Needs links and images already resolved.
 */
export function extractRecommendations(tree: Root, context: ExtractContext): RecommendationDraft[] {
  const found: RecommendationDraft[] = []
  const index = pageIndex()
  visitParents(tree, (node, ancestors) => {
    if (!isRecommendationNode(node)) return CONTINUE
    const draft = extractCard(node, ancestors as Parent[], context, index)
    if (draft) found.push(draft)
    // Cards do not nest: what is inside is the card's own.
    return SKIP
  })
  return found
}

function extractCard(card: Card, ancestors: Parent[], context: ExtractContext, index: PageIndex): RecommendationDraft | null {
  const {file, messages} = context
  const warn = (place: Card['position'], message: string) => context.diagnostics.push(diagnostic(file, place, 'warning', message, 'recommendation'))
  const parts = readCard(card, context.icon, messages)
  const heading = headingBefore(card, ancestors, index)
  const headingText = heading ? toString(heading, {includeHtml: false}).trim() : ''
  // A heading names the product when the card is the only one under it and the card does not
  // name itself otherwise; `### **Signal**` (the seed's convention) names it whatever follows.
  const headingIsBold = heading !== null && heading.children.length === 1 && heading.children[0]!.type === 'strong'
  const productHeading =
    heading !== null &&
    headingText !== '' &&
    (headingIsBold || (index.cardsUnder(heading, ancestors) === 1 && (parts.leadingBold === '' || sameName(parts.leadingBold, headingText))))
  // `!!! recommendation "Signal"`: the card's own title bar names it too.
  const title = card.type === 'admonition' && card.children[0]?.type === 'admonitionTitle' ? toString(card.children[0], {includeHtml: false}).trim() : ''
  const name = productHeading ? headingText : title || parts.leadingBold
  if (name === '') {
    warn(
      card.position,
      heading === null
        ? 'recommendation card has no name: put it under a heading that names the product (`### Name`), give it a title (`!!! recommendation "Name"`), or start its text with the name in bold (`**Name** is ...`)'
        : `recommendation card has no name: the heading "${headingText}" holds several cards, so each must start its text with the product's name in bold (\`**Name** is ...\`)`
    )
    return null
  }
  if (parts.onlyCode) {
    const code = (card.children as RootContent[]).find((block) => block.type === 'code')
    warn(
      code?.position ?? card.position,
      `the body of recommendation card "${name}" is a code block (indented 8 spaces, or fenced), so the card will be empty: indent its lines by 4 spaces, as in the card's first line`
    )
  } else if (parts.links.length === 0 && parts.downloads.length === 0) {
    warn(card.position, `recommendation card "${name}" has no link at all: if it is advice rather than a product, make it \`!!! warning\` or \`!!! tip\`; otherwise add a button to the product's site`)
  } else {
    if (homepageOf(parts.links) === null) {
      warn(card.position, `recommendation card "${name}" has no homepage: add a button to the product's own site, \`[Homepage](https://...){ .md-button .md-button--primary }\``)
    }
    if (parts.summary.length === 0) warn(card.position, `recommendation card "${name}" has no summary: add a sentence or two about the product to the card`)
  }

  const parent = ancestors[ancestors.length - 1]!
  const details = detailsAfter(card, parent, productHeading ? heading.depth : 0, index)
  return {
    baseSlug: (productHeading ? heading.data?.attributes?.id : undefined) ?? context.slugOf(name),
    name,
    page: context.page,
    anchor: productHeading ? (heading.data?.id ?? '') : '',
    cardAnchor: !productHeading,
    logo: readLogo(parts.images, name, messages),
    platforms: parts.platforms,
    summary: parts.summary,
    summaryText: parts.summary.map((n) => toString(n).trim()).join('\n\n'),
    homepage: homepageOf(parts.links),
    links: parts.links,
    downloads: parts.downloads,
    details,
    detailsText: details.map((n) => toString(n).trim()).join('\n\n'),
    color: brandColor(name),
    position: card.position ?? {start: {line: 1, column: 1}, end: {line: 1, column: 1}}
  }
}

/** The primary button when it leads to another site, else the first button or link that does. */
function homepageOf(links: Recommendation['links']): string | null {
  const primary = links.find((link) => link.primary && link.external)
  const first = links.find((link) => link.style === 'button' && link.external) ?? links.find((link) => link.kind === 'homepage' && link.external)
  return (primary ?? first)?.href ?? null
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ')
}

function headingBefore(node: Card, ancestors: Parent[], index: PageIndex): Heading | null {
  // Walk up: the nearest heading before the card in its own parent, then in each ancestor.
  let child: RootContent = node
  for (let level = ancestors.length - 1; level >= 0; level--) {
    const parent = ancestors[level]!
    const heading = index.place(parent, child).heading
    if (heading !== null) return heading
    child = parent as RootContent
  }
  return null
}

/** How many cards sit between a heading and the next heading (any level), inside containers too. */
function countCardsUnder(heading: Heading, ancestors: Parent[], place: PageIndex['place']): number {
  const parent = ancestors.find((p) => place(p, heading).index >= 0) ?? ancestors[ancestors.length - 1]!
  let count = 0
  for (let i = place(parent, heading).index + 1; i < parent.children.length; i++) {
    const sibling = parent.children[i]!
    if (sibling.type === 'heading') break
    visit(sibling, (node) => {
      if (!isRecommendationNode(node)) return CONTINUE
      count++
      return SKIP
    })
  }
  return count
}

/** What follows the card: up to the next card, or a heading of `depth` or higher (any heading when 0). */
function detailsAfter(node: Card, parent: Parent, depth: number, index: PageIndex): RootContent[] {
  const details: RootContent[] = []
  for (let i = index.place(parent, node).index + 1; i < parent.children.length; i++) {
    const sibling = parent.children[i]!
    if (sibling.type === 'heading' && (depth === 0 || sibling.depth <= depth)) break
    if (isRecommendationNode(sibling)) break
    details.push(sibling)
  }
  return details
}
