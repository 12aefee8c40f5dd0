import type {BlockContent, DefinitionContent, Image, Link, Paragraph, PhrasingContent, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visit} from '@samizdat/mkdocs-markdown/visit'
import type {Admonition, MarkdownInHtml} from '@samizdat/mkdocs-markdown'
import {catalogues, fill, type Messages} from '@samizdat/messages'
import {linkKindLabel, linkKindOf, platformLabel, platformOf} from './card-vocabulary.js'
import type {Download, Logo, Platform, RecommendationLink} from './types.js'

/** What a card's body holds, sorted into the model's fields. */
export interface CardParts {
  images: Image[]
  platforms: Platform[]
  summary: Array<BlockContent | DefinitionContent>
  /** The first bold text the prose starts with (`**Example Messenger** is ...`), or ''. */
  leadingBold: string
  links: RecommendationLink[]
  downloads: Download[]
  /** The body is nothing but code blocks: it was indented one level too deep. */
  onlyCode: boolean
}

/** Resolves an icon name for the bundle (adding it when it exists); null when unknown. */
export type IconLookup = (name: string) => string | null

// `Platforms:` in the language of any catalogue: a guide may quote another language's label.
const platformsWord = new RegExp(`^\\s*(${[...new Set(Object.values(catalogues).map((c) => c.platforms))].join('|')})\\s*:\\s*`, 'iu')

/**
 * Sort a card's body into logo pictures, platform list, prose, buttons and icon links, and
 * downloads. Every shape guides use ends up in the same fields: a paragraph of links on
 * separate lines, buttons beside each other, `??? downloads` or `<details class="downloads">`.
 */
export function readCard(card: Admonition | MarkdownInHtml, icon: IconLookup, messages: Messages): CardParts {
  const parts: CardParts = {images: [], platforms: [], summary: [], leadingBold: '', links: [], downloads: [], onlyCode: false}
  const body = (card.children as RootContent[]).filter((block) => block.type !== 'admonitionTitle')
  parts.onlyCode = body.length > 0 && body.every((block) => block.type === 'code')
  if (parts.onlyCode) return parts
  for (const block of body) {
    if (isDownloads(block)) {
      visit(block, 'link', (link) => {
        parts.downloads.push(readDownload(link, icon))
      })
      continue
    }
    // Python-Markdown leaves the `<summary>` of `<details markdown>` as raw HTML: never prose.
    if (block.type === 'html') continue
    if (block.type !== 'paragraph') {
      parts.summary.push(block as BlockContent)
      continue
    }
    parts.images.push(...block.children.filter((c): c is Image => c.type === 'image'))
    const rest = block.children.filter((c) => c.type !== 'image')
    const links = rest.filter(isCardLink)
    const prose = trimBlank(rest.filter((c) => !isCardLink(c)))
    parts.links.push(...links.map((link) => readLink(link, icon, messages)))
    const text = toString({type: 'paragraph', children: prose}).trim()
    if (text === '') continue
    if (platformsWord.test(text) || (parts.platforms.length === 0 && prose.some((c) => c.type === 'icon') && !prose.some((c) => c.type === 'link'))) {
      parts.platforms = readPlatforms(prose, icon)
    } else {
      if (parts.summary.length === 0) parts.leadingBold = leadingBold(prose)
      parts.summary.push({...block, children: prose} satisfies Paragraph)
    }
  }
  if (parts.platforms.length === 0) parts.platforms = derivePlatforms(parts.downloads, icon, messages)
  return parts
}

/** `??? downloads "Downloads"` or `<details class="downloads" markdown>`. */
function isDownloads(block: RootContent): boolean {
  if (block.type === 'admonition') return block.kind === 'downloads'
  if (block.type === 'markdownInHtml') return (block.data?.attributes?.classes ?? []).includes('downloads')
  return false
}

/** A button (`.md-button`), an icon link (`.card-link`), or a link that shows only an icon. */
function isCardLink(node: PhrasingContent): node is Link {
  if (node.type !== 'link') return false
  const classes = node.data?.attributes?.classes ?? []
  if (classes.includes('md-button') || classes.includes('card-link')) return true
  const shown = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''))
  return shown.length > 0 && shown.every((c) => c.type === 'icon')
}

function isBlank(node: PhrasingContent): boolean {
  return (node.type === 'text' && node.value.trim() === '') || node.type === 'break'
}

// The line breaks and spaces that separated the links from the prose are not prose.
function trimBlank(children: PhrasingContent[]): PhrasingContent[] {
  let start = 0
  let end = children.length
  while (start < end && isBlank(children[start]!)) start++
  while (end > start && isBlank(children[end - 1]!)) end--
  return children.slice(start, end)
}

function leadingBold(prose: PhrasingContent[]): string {
  const first = prose[0]
  return first?.type === 'strong' ? toString(first).trim() : ''
}

function firstIcon(link: Link, icon: IconLookup): string | null {
  const found = link.children.find((c) => c.type === 'icon')
  return found === undefined ? null : icon(found.name)
}

function readLink(link: Link, icon: IconLookup, messages: Messages): RecommendationLink {
  const resolved = link.data?.resolved
  const classes = link.data?.attributes?.classes ?? []
  const title = link.data?.attributes?.title?.trim() || link.title?.trim() || null
  const text = toString(link).trim()
  const iconName = firstIcon(link, icon)
  const writtenIcon = link.children.find((c) => c.type === 'icon')?.name ?? null
  const external = resolved === undefined ? /^[a-z][a-z0-9+.-]*:/i.test(link.url) : resolved.kind === 'external'
  const primary = classes.includes('md-button--primary')
  const kind = !external ? 'instructions' : primary ? 'homepage' : linkKindOf(`${title ?? ''} ${text}`, writtenIcon)
  return {
    label: text || title || linkKindLabel(kind, messages),
    title,
    href: resolved?.href ?? link.url,
    icon: iconName,
    style: classes.includes('md-button') ? 'button' : 'icon',
    primary,
    kind,
    external,
    exists: resolved?.kind !== 'missing'
  }
}

function readDownload(link: Link, icon: IconLookup): Download {
  const label = toString(link).trim() || link.data?.attributes?.title?.trim() || link.url
  const written = link.children.find((c) => c.type === 'icon')?.name ?? null
  const href = link.data?.resolved?.href ?? link.url
  return {label, href, icon: firstIcon(link, icon), platform: platformOf(label, written, href)}
}

const platformIds: Record<string, string> = {android: 'android', ios: 'ios', iphone: 'ios', ipados: 'ios', windows: 'windows', linux: 'linux', macos: 'macos', 'mac os': 'macos', mac: 'macos', 'os x': 'macos', web: 'web'}

// `Платформы: :simple-android: Android, :simple-apple: iOS`: an icon, then its label up to the comma.
function readPlatforms(children: PhrasingContent[], icon: IconLookup): Platform[] {
  const platforms: Platform[] = []
  let current: string | null = null
  let label = ''
  const flush = () => {
    const clean = label.replace(platformsWord, '').trim()
    if (clean !== '') platforms.push({id: platformIds[clean.toLowerCase()] ?? clean.toLowerCase().replace(/\s+/g, '-'), label: clean, icon: current === null ? null : icon(current)})
    current = null
    label = ''
  }
  for (const child of children) {
    if (child.type === 'icon') {
      if (label.trim() !== '' && !platformsWord.test(label)) flush()
      label = label.replace(platformsWord, '')
      current = child.name
    } else {
      toString(child)
        .split(',')
        .forEach((part, index) => {
          if (index > 0) flush()
          label += part
        })
    }
  }
  flush()
  return platforms
}

/** The platforms the downloads install on, in the order they first appear. */
function derivePlatforms(downloads: Download[], icon: IconLookup, messages: Messages): Platform[] {
  const ids = [...new Set(downloads.flatMap((d) => (d.platform === null ? [] : [d.platform])))]
  return ids.map((id) => {
    const {label, icons} = platformLabel(id, messages)
    return {id, label, icon: icons.map(icon).find((name) => name !== null) ?? null}
  })
}

/** The card's logo from its pictures: `#only-light` / `#only-dark` variants, or one picture for both. */
export function readLogo(images: Image[], name: string, messages: Messages): Logo {
  let light: string | null = null
  let dark: string | null = null
  let width: number | null = null
  let align: Logo['align'] = null
  let alt = ''
  for (const image of images) {
    const resolved = image.data?.resolved
    const asset = resolved?.kind === 'asset' ? (resolved.asset ?? null) : null
    if (alt === '' && image.alt) alt = image.alt.trim()
    const w = Number.parseInt(image.data?.attributes?.width ?? '', 10)
    if (width === null && Number.isFinite(w)) width = w
    const a = image.data?.attributes?.align
    if (align === null && (a === 'left' || a === 'right' || a === 'center')) align = a
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
  return {alt: alt === '' || alt.toLowerCase() === name.toLowerCase() ? described : alt, light: light ?? dark, dark: dark ?? light, width, align}
}
