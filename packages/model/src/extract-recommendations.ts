import type {Heading, Image, Link, Paragraph, Parent, PhrasingContent, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visitParents} from 'unist-util-visit-parents'
import type {Admonition} from '@samizdat/mkdocs-markdown'
import {catalogues, fill, type Messages} from '@samizdat/messages'
import {brandColor} from '@samizdat/theme'
import {diagnostic} from './diagnostic.js'
import {isRecommendation} from './recommendation-kinds.js'
import type {Diagnostic, IconData, Logo, Platform, Recommendation, RecommendationLink} from './types.js'

/** A recommendation before the site-wide pass gives it a unique slug and URL. */
export type RecommendationDraft = Omit<Recommendation, 'slug' | 'url'> & {baseSlug: string}

/**
 * Find the recommendation cards of a page: each `recomendation` admonition under a heading,
 * with its logo, platforms, summary, buttons, and the paragraphs after it (its details).
 * Needs links and images already resolved and icons already in `icons`.
 */
export function extractRecommendations(
  tree: Root,
  page: string,
  file: string,
  icons: Readonly<Record<string, IconData>>,
  slugOf: (text: string) => string,
  messages: Messages,
  diagnostics: Diagnostic[]
): RecommendationDraft[] {
  const found: RecommendationDraft[] = []
  // Each child's place in its parent and the nearest heading before it, found once per parent:
  // looking them up per card made a page of 10,000 cards quadratic.
  const places = new Map<Parent, Map<RootContent, {index: number; heading: Heading | null}>>()
  const placeOf = (parent: Parent, child: RootContent): {index: number; heading: Heading | null} => {
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
  visitParents(tree, 'admonition', (node, ancestors) => {
    if (!isRecommendation(node)) return
    const heading = headingBefore(node, ancestors, placeOf)
    const title = node.children[0]?.type === 'admonitionTitle' ? node.children[0] : undefined
    const name = heading === null ? (title ? toString(title, {includeHtml: false}) : '').trim() : toString(heading, {includeHtml: false}).trim()
    if (name === '') {
      diagnostics.push(diagnostic(file, node.position, 'warning', 'recommendation card has no heading above it: add `### Name` before the card', 'recommendation'))
      return
    }
    const card = readCard(node, name, icons, messages)
    const parent = ancestors[ancestors.length - 1]!
    const details = detailsAfter(parent, placeOf(parent, node).index)
    found.push({
      baseSlug: heading?.data?.attributes?.id ?? slugOf(name),
      name,
      page,
      anchor: heading?.data?.id ?? '',
      ...card,
      details,
      detailsText: details.map((n) => toString(n).trim()).join('\n\n'),
      color: brandColor(name),
      position: node.position ?? {start: {line: 1, column: 1}, end: {line: 1, column: 1}}
    })
  })
  return found
}

function headingBefore(node: Admonition, ancestors: Parent[], placeOf: (parent: Parent, child: RootContent) => {heading: Heading | null}): Heading | null {
  // Walk up: the nearest heading before the card in its own parent, then in each ancestor.
  let child: unknown = node
  for (let level = ancestors.length - 1; level >= 0; level--) {
    const parent = ancestors[level]!
    const {heading} = placeOf(parent, child as RootContent)
    if (heading !== null) return heading
    child = parent
  }
  return null
}

function detailsAfter(parent: Parent, index: number): RootContent[] {
  const details: RootContent[] = []
  for (let at = index + 1; at < parent.children.length; at++) {
    const sibling = parent.children[at]!
    if (sibling.type === 'heading' || (sibling.type === 'admonition' && isRecommendation(sibling))) break
    details.push(sibling)
  }
  return details
}

type Card = Pick<Recommendation, 'logo' | 'platforms' | 'summary' | 'summaryText' | 'links'>

// `Platforms:` in the language of any catalogue: a guide may quote another language's label.
const platformLabel = new RegExp(`^\\s*(${[...new Set(Object.values(catalogues).map((c) => c.platforms))].join('|')})\\s*:\\s*`, 'iu')

function readCard(card: Admonition, name: string, icons: Readonly<Record<string, IconData>>, messages: Messages): Card {
  const images: Image[] = []
  let platforms: Platform[] = []
  let links: RecommendationLink[] = []
  const summary: Card['summary'] = []
  for (const block of card.children) {
    // The card's title bar is not part of its summary.
    if (block.type === 'admonitionTitle') continue
    if (block.type !== 'paragraph') {
      summary.push(block)
      continue
    }
    images.push(...block.children.filter((c): c is Image => c.type === 'image'))
    const rest = block.children.filter((c) => c.type !== 'image')
    const text = toString({type: 'paragraph', children: rest}).trim()
    if (rest.length > 0 && rest.every((c) => isButton(c) || isBlank(c)) && rest.some(isButton)) {
      links = rest.filter(isButton).map((link) => readButton(link, icons))
    } else if (platformLabel.test(text) || (platforms.length === 0 && rest.some((c) => c.type === 'icon') && !rest.some((c) => c.type === 'link'))) {
      platforms = readPlatforms(rest, icons)
    } else if (text !== '') {
      summary.push({...block, children: rest} satisfies Paragraph)
    }
  }
  return {
    logo: readLogo(images, name, messages),
    platforms,
    summary,
    summaryText: summary.map((n) => toString(n).trim()).join('\n\n'),
    links
  }
}

function isButton(node: PhrasingContent): node is Link {
  return node.type === 'link' && (node.data?.attributes?.classes ?? []).includes('md-button')
}

function isBlank(node: PhrasingContent): boolean {
  return (node.type === 'text' && node.value.trim() === '') || node.type === 'break'
}

function readButton(link: Link, icons: Readonly<Record<string, IconData>>): RecommendationLink {
  const resolved = link.data?.resolved
  const icon = link.children.find((c) => c.type === 'icon')
  return {
    label: toString(link).trim(),
    href: resolved?.href ?? link.url,
    icon: icon !== undefined && Object.hasOwn(icons, icon.name) ? icon.name : null,
    primary: (link.data?.attributes?.classes ?? []).includes('md-button--primary'),
    kind: resolved?.kind === 'external' ? 'official' : 'guide',
    exists: resolved?.kind !== 'missing'
  }
}

const platformIds: Record<string, string> = {android: 'android', ios: 'ios', iphone: 'ios', ipados: 'ios', windows: 'windows', linux: 'linux', macos: 'macos', 'mac os': 'macos', mac: 'macos', 'os x': 'macos'}

// `Платформы: :simple-android: Android, :simple-apple: iOS`: an icon, then its label up to the comma.
function readPlatforms(children: PhrasingContent[], icons: Readonly<Record<string, IconData>>): Platform[] {
  const platforms: Platform[] = []
  let icon: string | null = null
  let label = ''
  const flush = () => {
    const clean = label.replace(platformLabel, '').trim()
    if (clean !== '') platforms.push({id: platformIds[clean.toLowerCase()] ?? clean.toLowerCase().replace(/\s+/g, '-'), label: clean, icon: icon !== null && Object.hasOwn(icons, icon) ? icon : null})
    icon = null
    label = ''
  }
  for (const child of children) {
    if (child.type === 'icon') {
      if (label.trim() !== '' && !platformLabel.test(label)) flush()
      label = label.replace(platformLabel, '')
      icon = child.name
    } else {
      const parts = toString(child).split(',')
      parts.forEach((part, index) => {
        if (index > 0) flush()
        label += part
      })
    }
  }
  flush()
  return platforms
}

function readLogo(images: Image[], name: string, messages: Messages): Logo {
  let light: string | null = null
  let dark: string | null = null
  let width: number | null = null
  let alt = ''
  for (const image of images) {
    const resolved = image.data?.resolved
    const asset = resolved?.kind === 'asset' ? (resolved.asset ?? null) : null
    if (alt === '' && image.alt) alt = image.alt.trim()
    const w = Number.parseInt(image.data?.attributes?.width ?? '', 10)
    if (width === null && Number.isFinite(w)) width = w
    if (resolved?.theme === 'dark') dark ??= asset
    else if (resolved?.theme === 'light') light ??= asset
    else {
      light ??= asset
      dark ??= asset
    }
  }
  // A single themed variant still beats a monogram on the other theme.
  // An alt that only repeats the name (`![signal]`) says less than "Signal logo".
  const described = fill(messages.logoAlt, {name})
  return {alt: alt === '' || alt.toLowerCase() === name.toLowerCase() ? described : alt, light: light ?? dark, dark: dark ?? light, width}
}
