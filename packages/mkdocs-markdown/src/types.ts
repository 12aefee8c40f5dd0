import type {BlockContent, DefinitionContent, Literal, Node, Parent, PhrasingContent} from 'mdast'

/**
 * The attributes an attribute list (or a Markdown-in-HTML tag) may set; anything else is dropped
 * with a diagnostic. `data-*` stands for every `data-` attribute but the site's own (`data-pagefind-*`).
 */
export const allowedAttributes = ['id', 'class', 'width', 'height', 'align', 'title', 'loading', 'lang', 'dir', 'rel', 'target', 'data-*'] as const

/** One name of {@link allowedAttributes}. */
export type AllowedAttribute = (typeof allowedAttributes)[number]

/**
 * Ids the site's own layout uses (`<main id="content">`, the header's tools, the search box):
 * an attribute list may not take them, or the skip link and the scripts would find the wrong element.
 */
export const reservedIds = ['content', 'site-tools', 'search-input'] as const

/** Attributes that survived the allow-list, attached to a node as `data.attributes`. */
export interface Attributes {
  id?: string
  classes?: string[]
  width?: string
  height?: string
  align?: string
  title?: string
  loading?: string
  lang?: string
  dir?: string
  rel?: string
  target?: string
  /** `data-*` attributes by their full name (`data-toc-label`), in the order written. */
  data?: Record<string, string>
}

/** How an admonition was opened: `!!!` always open, `???` collapsed, `???+` collapsible but open. */
export type Collapsible = 'closed' | 'open' | null

/**
 * `!!! kind "Title"` with a four-space indented body (MkDocs Material admonition),
 * or `??? kind "Title"` / `???+ kind "Title"` (collapsible details).
 */
export interface Admonition extends Parent {
  type: 'admonition'
  /** The first word after the marker: `note`, `warning`, `recomendation`, any word; `note` when only a title is given (`!!! "Title"`). */
  kind: string
  /** Further words before the title (`!!! info inline end`). */
  classes: string[]
  collapsible: Collapsible
  /**
   * The title, when one is written, is the first child: an {@link AdmonitionTitle} (empty for
   * `!!! note ""`, explicitly no title). Without one, renderers show the kind. The body follows.
   */
  children: Array<AdmonitionTitle | BlockContent | DefinitionContent>
}

/** The quoted title of an admonition, parsed as inline Markdown (`!!! tip "Use `code` and *emphasis*"`). */
export interface AdmonitionTitle extends Parent {
  type: 'admonitionTitle'
  children: PhrasingContent[]
}

/** An icon shortcode such as `:material-newspaper-check:` (name without the colons). */
export interface Icon extends Node {
  type: 'icon'
  name: string
}

/**
 * `{ .class #id key="value" }` as written. The remark plugin attaches it to the element
 * before it (as `data.attributes`) and turns any it cannot attach back into text,
 * so this node only lives between parsing and that transform.
 */
export interface AttributeList extends Literal {
  type: 'attributeList'
  /** The source text between the braces, a leading `:` removed. */
  value: string
  /**
   * Every `key=value` pair as written, before the allow-list: `.x` is `['class','x']`, `#y` is
   * `['id','y']`, a bare word `data-preview` is `['data-preview', '']`.
   */
  pairs: Array<[string, string]>
  /** `true` when written `{: ...}` (the block form); kept so an unattached list turns back into the same text. */
  colon?: boolean
}

/**
 * The tags whose content may be Markdown (`<div markdown>`), as Python-Markdown's `md_in_html` reads
 * them. `<span markdown>` is not among them, as in Python-Markdown: a span is inline HTML, and the
 * Markdown between its tags is parsed as inline text anyway.
 */
export const markdownInHtmlTags = ['div', 'section', 'article', 'aside', 'figure', 'figcaption', 'details', 'summary', 'p'] as const

/** One of {@link markdownInHtmlTags}. */
export type MarkdownInHtmlTag = (typeof markdownInHtmlTags)[number]

/**
 * `<div class="grid cards" markdown>` … `</div>`: an HTML element whose content is Markdown
 * (Python-Markdown's `md_in_html`). Its attributes went through the same allow-list as attribute
 * lists (`data.attributes`, `data.hProperties`).
 */
export type MarkdownInHtml = MarkdownInHtmlBlock | MarkdownInHtmlSpan

interface MarkdownInHtmlBase extends Parent {
  type: 'markdownInHtml'
  tagName: MarkdownInHtmlTag
  /**
   * The attributes as written, before the allow-list (`markdown` itself left out). Only lives
   * between parsing and `attachAttributes()`, which moves them to `data.attributes`.
   */
  pairs?: Array<[string, string]>
}

/** Content parsed as blocks: `markdown`, `markdown="1"` on a block tag (`div`, `figure`, ...), or `markdown="block"`. */
export interface MarkdownInHtmlBlock extends MarkdownInHtmlBase {
  mode: 'block'
  children: Array<BlockContent | DefinitionContent>
}

/** Content parsed as inline text: `markdown` on `p` or `summary`, or `markdown="span"` on any. */
export interface MarkdownInHtmlSpan extends MarkdownInHtmlBase {
  mode: 'span'
  children: PhrasingContent[]
}

declare module 'mdast' {
  interface Data {
    /** Attributes from an attribute list, after the allow-list. */
    attributes?: Attributes
  }
  interface BlockContentMap {
    admonition: Admonition
    markdownInHtml: MarkdownInHtml
  }
  interface PhrasingContentMap {
    icon: Icon
    attributeList: AttributeList
  }
  interface RootContentMap {
    admonition: Admonition
    admonitionTitle: AdmonitionTitle
    markdownInHtml: MarkdownInHtml
    icon: Icon
    attributeList: AttributeList
  }
}

declare module 'mdast-util-to-markdown' {
  interface ConstructNameMap {
    admonition: 'admonition'
    admonitionTitle: 'admonitionTitle'
    markdownInHtml: 'markdownInHtml'
    icon: 'icon'
    attributeList: 'attributeList'
  }
}
