import type {BlockContent, DefinitionContent, Root, RootContent} from 'mdast'
import type {Position} from 'unist'
import type {} from '@samizdat/mkdocs-markdown'
import type {MessageOverrides} from '@samizdat/messages'
import type {IconData} from '@samizdat/theme'
import type {SlugifySpec} from './slugify.js'

export type {IconData} from '@samizdat/theme'

/** Bumped whenever the bundle's shape changes, so a renderer never reads a stale bundle. */
export const bundleVersion = 3

/** Everything the renderers need, from one parse of the docs folder. Plain JSON. */
export interface SiteBundle {
  version: typeof bundleVersion
  site: SiteConfig
  nav: NavItem[]
  pages: Page[]
  recommendations: Recommendation[]
  /** Every icon used anywhere, resolved, by shortcode name (`simple-android`). Unknown icons are absent. */
  icons: Record<string, IconData>
  /** Every local file the pages reference, by docs-relative path (`assets/icons/x.svg`). */
  assets: Record<string, Asset>
  diagnostics: Diagnostic[]
}

/** Site-wide settings from `samizdat.yml` or `mkdocs.yml`. */
export interface SiteConfig {
  name: string
  description: string
  /** Absolute, ends with `/`: `https://example.org/guide/`. */
  url: string
  /** BCP 47 language tag: `ru`. */
  language: string
  /** The pages' folder, relative to the content folder, `/`-separated: `docs`, or `` for a bare folder. */
  docsDir: string
  /**
   * The site's own strings over its language's catalogue (`messages:` in samizdat.yml,
   * `extra.samizdat.messages` in mkdocs.yml). Renderers call `messagesFor(language, messages)`.
   */
  messages: MessageOverrides
  /** Stylesheets every page links after ours (`extra_css`): asset keys. */
  extraCss: string[]
  /** Scripts every page loads (`extra_javascript`). */
  extraJavascript: ExtraScript[]
  /** `toc`'s `permalink`: the text of the link each heading gets to itself (`¶`), or null for none. */
  permalink: string | null
  /**
   * `pymdownx.tabbed`'s id settings, with which the model gave the tabs their ids: with
   * `slugify` null, `__tabbed_SET_TAB`; otherwise the slug of the label, after the id of the
   * heading the tab set is under when `combineHeaderSlug` is set.
   */
  tabbed: {slugify: SlugifySpec | null; combineHeaderSlug: boolean; separator: string}
}

/** A script of `extra_javascript`. */
export interface ExtraScript {
  /** Asset key of the file. */
  asset: string
  /** `type: module`. */
  module: boolean
  async: boolean
  defer: boolean
}

/** One entry of the navigation: a page (`page` set) or a section (`children` set). */
export interface NavItem {
  title: string
  /** Docs-relative source of the page (`recommendations/messengers.md`). */
  page?: string
  /** Site-root-relative URL of the page (`/recommendations/messengers/`). */
  url?: string
  children?: NavItem[]
}

/** One Markdown page. */
export interface Page {
  /** Docs-relative path, `/`-separated: `recommendations/messengers.md`. */
  source: string
  /** Site-root-relative pretty URL: `/recommendations/messengers/`, `/` for `index.md`. */
  url: string
  /** ASCII, unique, file-name-safe: `recommendations-messengers`, `index`. */
  key: string
  /** Front matter `title`, else the nav title, else the first `#` heading, else the file name. */
  title: string
  /** Front matter `description`, else the start of the first paragraph. */
  description: string
  /** Icon shortcode name from front matter (`material/x` becomes `material-x`). */
  icon: string | null
  frontmatter: Record<string, unknown>
  /**
   * The parsed tree with positions. Links and images carry `data.resolved`,
   * headings `data.id` (and `data.hProperties.id`).
   */
  tree: Root
  headings: TocEntry[]
  /** Slugs of the recommendations on this page, in order. */
  recommendations: string[]
}

/** A heading, for a table of contents. */
export interface TocEntry {
  depth: 1 | 2 | 3 | 4 | 5 | 6
  /** The heading's text, or its `data-toc-label` when the author gave one (`## Title { data-toc-label="Short" }`). */
  text: string
  id: string
}

/** Where a link or image points, decided once by the model (`node.data.resolved`). */
export interface ResolvedTarget {
  /** `page`: a page of the site; `asset`: a local file; `external`: another site; `missing`: a local target that does not exist. */
  kind: 'page' | 'asset' | 'external' | 'missing'
  /** For `page`/`asset`: site-root-relative (`/recommendations/messengers/#signal`); for `external`: absolute; for `missing`: as written. */
  href: string
  /** `page`: docs-relative source of the target page. */
  page?: string
  /** `asset`: key into {@link SiteBundle.assets}. */
  asset?: string
  /** Images: the `#only-light` / `#only-dark` variant. */
  theme?: 'light' | 'dark'
}

/**
 * A product the guide recommends: a `recomendation`/`recommendation` admonition, indented or
 * written as `<div class="admonition recommendation" markdown>`.
 */
export interface Recommendation {
  /** ASCII, stable, unique across the site: `signal`. From the product heading's `{ #id }` or the name. */
  slug: string
  /** The product heading's text (`### **Signal**`), else the card's first bold text. */
  name: string
  /** Docs-relative source of the page it is on. */
  page: string
  /** Site-root-relative URL of its own page: `/recommendations/messengers/signal/`. */
  url: string
  /** Where it is on its page, for `page.url + '#' + anchor`: the product heading's id, or the card's own id. */
  anchor: string
  /** Whether `anchor` is the card's own id (no product heading above it): the HTML card carries it. */
  cardAnchor: boolean
  logo: Logo
  /** As the card lists them (`Platforms: ...`), else derived from the downloads. */
  platforms: Platform[]
  /** The card's own prose: no logo, platform list, buttons, icon links or downloads. */
  summary: Array<BlockContent | DefinitionContent>
  summaryText: string
  /** The product's own site: the primary button, else the first button to another site; null when there is none. */
  homepage: string | null
  /** The card's buttons and icon links, in order. */
  links: RecommendationLink[]
  /** Store or platform and address, from `??? downloads` or `<details class="downloads">`. */
  downloads: Download[]
  /** Everything after the card up to the next card or the next heading of the product heading's level or higher. */
  details: RootContent[]
  detailsText: string
  /** Brand colour, `#rrggbb`, from simple-icons when it knows the name. */
  color: string | null
  position: Position
}

/** A recommendation's logo. `null` variants mean there is no usable file: renderers draw a monogram. */
export interface Logo {
  alt: string
  /** Asset key of the picture for light backgrounds (`#only-light`, or the only picture). */
  light: string | null
  /** Asset key of the picture for dark backgrounds (`#only-dark`, or the only picture). */
  dark: string | null
  /** Width in CSS pixels as the author set it (`{ width="100" }`). */
  width: number | null
  /** `{ align=right }` as written, or null. */
  align: 'left' | 'right' | 'center' | null
}

/** A platform a recommendation runs on. */
export interface Platform {
  /** Normalised: `android`, `ios`, `windows`, `linux`, `macos`, `web`, `browser`, or the label lower-cased. */
  id: string
  /** As written (`Android`, `iOS`), or the catalogue's word for a derived one. */
  label: string
  /** Icon shortcode name, when the author gave one and it resolves. */
  icon: string | null
}

/** What a card's link is for, from its `title` (or label), else its icon. */
export const linkKinds = ['homepage', 'privacy', 'documentation', 'source', 'contribute', 'instructions', 'other'] as const

/** One of {@link linkKinds}. */
export type LinkKind = (typeof linkKinds)[number]

/** A button (`.md-button`) or icon link (`.card-link`, or a link with only an icon) on a recommendation card. */
export interface RecommendationLink {
  /** The visible text, else the `title`, else the catalogue's word for its kind. */
  label: string
  /** The `title` attribute as written, or null. */
  title: string | null
  /** Absolute for external links, site-root-relative for the guide's pages, as written when missing. */
  href: string
  icon: string | null
  /** `button`: an `.md-button`; `icon`: an icon link. */
  style: 'button' | 'icon'
  primary: boolean
  kind: LinkKind
  /** True for another site; false for a page of this guide. */
  external: boolean
  /** False when it points at a page of the guide that does not exist. */
  exists: boolean
}

/** Where to get a recommendation: a store or a platform and its address. */
export interface Download {
  /** As written: `Google Play`, `Windows`. */
  label: string
  href: string
  icon: string | null
  /** The platform it installs on (`android`, `ios`, `windows`, `macos`, `linux`, `browser`, `web`), or null (`GitHub`). */
  platform: string | null
}

/** A local file a page references, embedded so renderers do no I/O of their own. */
export interface Asset {
  /** Docs-relative path. */
  path: string
  mime: string
  sha256: string
  /** Base64 of the file's bytes. */
  data: string
}

/** A problem in the content, compiler style: `path:line:column: severity: message [rule]`. */
export interface Diagnostic {
  /** Path relative to the content folder the build was given (`docs/index.md`, `mkdocs.yml`). */
  file: string
  line: number
  column: number
  /** `note`s inform (an ignored mkdocs.yml key) and never fail a build, even with `--strict`. */
  severity: 'error' | 'warning' | 'note'
  message: string
  rule: DiagnosticRule
}

/** Every rule a diagnostic can name. */
export const diagnosticRules = [
  'front-matter',
  'config',
  'attribute-list',
  'admonition-indent',
  'icon-unknown',
  'asset-missing',
  'link-missing-page',
  'link-missing-anchor',
  'recommendation',
  'page-read',
  'nav',
  'raw-html',
  'snippet',
  'nesting-depth',
  'parse-time',
  'active-content'
] as const

/** One of {@link diagnosticRules}. */
export type DiagnosticRule = (typeof diagnosticRules)[number]

/**
 * Which units a renderer renders in an incremental build; absent means everything. The
 * files of the other units are kept from the previous build, unchanged.
 */
export interface RenderSelection {
  /** Docs-relative sources of the pages to render. */
  pages: ReadonlySet<string>
  /** Slugs of the recommendations to render. */
  recommendations: ReadonlySet<string>
}

/**
 * The files a renderer wrote for one unit of the site: a page (by source), a recommendation
 * (by slug), or `site` for what depends on everything (styles, sitemap, search index), which
 * is written on every build.
 */
export interface OutputUnit {
  kind: 'page' | 'recommendation' | 'site'
  id: string
  /** Paths relative to the output folder, `/`-separated. */
  files: string[]
}

/** What every renderer returns. */
export interface RenderResult {
  /** Every file written, sorted. */
  files: string[]
  /** The same files by unit, so an incremental build knows what to keep. */
  units: OutputUnit[]
}

// What the model adds to the parsed trees, declared here so every consumer of the bundle sees it.
declare module 'mdast' {
  interface LinkData {
    /** Where the link points, decided by the model. */
    resolved?: ResolvedTarget
  }
  interface ImageData {
    /** Where the image is, decided by the model. */
    resolved?: ResolvedTarget
  }
  interface DefinitionData {
    /** Where the link references and image references that use this definition point, decided by the model. */
    resolved?: ResolvedTarget
  }
  interface HeadingData {
    /** The heading's anchor on its page. */
    id?: string
  }
  interface HtmlData {
    /**
     * Where the addresses in this raw HTML point (`<img src>`, `<a href>`, `<video src>`, ...), by the
     * address as written. Read as the browser reads them: relative to the page's URL.
     */
    targets?: Record<string, ResolvedTarget>
  }
}
