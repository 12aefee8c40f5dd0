import type {BlockContent, Data, DefinitionContent, Literal, Node, Parent, PhrasingContent} from 'mdast'

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

/** `==text==` (pymdownx.mark): `<mark>`. */
export interface Mark extends Parent {
  type: 'mark'
  children: PhrasingContent[]
}

/** `^^text^^` (pymdownx.caret): `<ins>`. */
export interface Insert extends Parent {
  type: 'insert'
  children: PhrasingContent[]
}

/** `x^2^` (pymdownx.caret): `<sup>`. */
export interface Superscript extends Parent {
  type: 'superscript'
  children: PhrasingContent[]
}

/** `H~2~O` (pymdownx.tilde): `<sub>`. */
export interface Subscript extends Parent {
  type: 'subscript'
  children: PhrasingContent[]
}

/** One key of a {@link Keys} sequence. */
export interface Key {
  /** pymdownx.keys' name for a key it knows (`control` for `ctrl`): the HTML class is `key-NAME`. `null` for quoted text and unknown keys. */
  name: string | null
  /** What the reader sees: `Ctrl`, `Page Up`, `F5`; an unknown key title-cased (`Foo Bar`); quoted text as written. */
  label: string
  /** As written between the `+` signs: `ctrl`, `"Hello"`. */
  source: string
}

/** `++ctrl+alt+del++` (pymdownx.keys). `value` is the readable sequence, `Ctrl+Alt+Del`, for plain text. */
export interface Keys extends Literal {
  type: 'keys'
  value: string
  keys: Key[]
}

/** The CriticMarkup edits. */
export const criticKinds = ['insert', 'delete', 'substitute', 'highlight', 'comment'] as const

/** One of {@link criticKinds}. */
export type CriticKind = (typeof criticKinds)[number]

/**
 * CriticMarkup (pymdownx.critic): `{++insert++}`, `{--delete--}`, `{==highlight==}`, `{>>comment<<}`;
 * `{~~old~>new~~}` is a `substitute` whose two children are a `delete` and an `insert`.
 */
export interface Critic extends Parent {
  type: 'critic'
  kind: CriticKind
  children: PhrasingContent[]
}

/** `(c)`, `-->`, `1/2`, `1st` (pymdownx.smartsymbols). `value` is what it reads as: `©`, `→`, `½`, `1st`. */
export interface SmartSymbol extends Literal {
  type: 'smartSymbol'
  value: string
  /** As written: `(c)`. */
  source: string
}

/** `:tada:` (pymdownx.emoji). `value` is the emoji itself (`🎉`), for plain text. */
export interface Emoji extends Literal {
  type: 'emoji'
  /** The shortcode without colons: `tada`. */
  name: string
  value: string
}

/** `$x^2$` or `\(x^2\)` (pymdownx.arithmatex). `value` is the TeX between the delimiters. */
export interface InlineMath extends Literal {
  type: 'inlineMath'
  value: string
  delimiter: '$' | '\\('
}

/**
 * A block of math (pymdownx.arithmatex): `$$...$$`, `\[...\]`, or `\begin{env}...\end{env}` (whose
 * delimiters are part of the TeX, so `value` keeps them).
 */
export interface Math extends Literal {
  type: 'math'
  value: string
  delimiter: '$$' | '\\[' | 'environment'
}

/** What a code fence's info string asks for (pymdownx.highlight and superfences). */
export interface CodeOptions {
  /** `py` in ```` ``` py ```` or ```` ``` { .py } ````; null when none. */
  language: string | null
  /** `title="bubble_sort.py"`. */
  title: string | null
  /** `linenums="1"`: the number of the first line; null for no line numbers. */
  lineStart: number | null
  /** `hl_lines="2 3-5"`, counted from 1 whatever `lineStart` is: `[2, 3, 4, 5]`. */
  highlightLines: number[]
  /** Further `.class` words in braces (`.copy`, `.annotate`). */
  classes: string[]
  /** `#example` in braces: the block's id, a link target (null when none, or one the site's layout uses). */
  id: string | null
}

/**
 * Consecutive content tabs (`=== "Label"` blocks, pymdownx.tabbed): one set, one tab shown at
 * a time. A tab opened with `===!` starts a new set.
 */
export interface TabSet extends Parent {
  type: 'tabSet'
  /** Index of the tab shown first: the last one opened with `===+`, else 0. */
  selected: number
  children: Tab[]
  data?: TabSetData
}

/** What the model adds to a tab set: the name its radio inputs share (`__tabbed_1`). */
export interface TabSetData extends Data {
  name?: string
}

/** One content tab: its label first, then its body (every block indented under `=== "Label"`). */
export interface Tab extends Parent {
  type: 'tab'
  children: Array<TabLabel | BlockContent | DefinitionContent>
  data?: TabData
}

/** What the model adds to a tab: its anchor (`__tabbed_1_2`), the id of its radio input. */
export interface TabData extends Data {
  id?: string
}

/** The label of a content tab: the text between the quotes, as inline Markdown. */
export interface TabLabel extends Parent {
  type: 'tabLabel'
  children: PhrasingContent[]
}

/**
 * A definition list (Python-Markdown's `def_list`): terms, each followed by one or more
 * descriptions. Node names as `mdast-util-definition-list` has them, so trees stay familiar.
 */
export interface DefList extends Parent {
  type: 'defList'
  children: Array<DefListTerm | DefListDescription>
}

/** One term: a line of the paragraph right above a `:   ` line. */
export interface DefListTerm extends Parent {
  type: 'defListTerm'
  children: PhrasingContent[]
}

/** One description: `:   Text`, and the lines indented by four spaces under it. */
export interface DefListDescription extends Parent {
  type: 'defListDescription'
  /** Loose: a blank line before it or between its blocks (its paragraphs stay paragraphs in HTML). */
  spread: boolean
  children: Array<BlockContent | DefinitionContent>
}

/**
 * `*[HTML]: Hyper Text Markup Language` (Python-Markdown's `abbr`): defines an abbreviation for
 * the whole page, wherever it stands. Renderers print nothing for it.
 */
export interface AbbreviationDefinition extends Node {
  type: 'abbreviationDefinition'
  /** The abbreviation, as written between the brackets (trimmed). */
  label: string
  /** Its meaning; `null` (written `""`, `''` or nothing) removes an abbreviation defined before. */
  title: string | null
}

/** A whole-word occurrence of a defined abbreviation in the text (HTML `<abbr title>`). */
export interface Abbreviation extends Parent {
  type: 'abbreviation'
  /** The meaning, from the page's definitions. */
  title: string
  children: PhrasingContent[]
}

/**
 * `(1)` in the text of a block marked `annotate` (`{ .annotate }`, `!!! note annotate`): where
 * annotation `number` of the `annotations` right after that block opens.
 */
export interface AnnotationMarker extends Node {
  type: 'annotationMarker'
  /** The item of the list after the block it opens, from 1. */
  number: number
  /** The `group` of the `annotations` it belongs to. */
  group: number
}

/**
 * The ordered list right after an annotated block (or code block with markers), consumed as that
 * block's annotations: Material for MkDocs shows each item where its marker stands.
 */
export interface Annotations extends Parent {
  type: 'annotations'
  /** Numbers the annotated blocks of a page in document order (outer before inner), from 1. */
  group: number
  children: Annotation[]
}

/** One annotation: an item of the consumed list. */
export interface Annotation extends Parent {
  type: 'annotation'
  /** Its place in the list, from 1: `(number)` opens it. */
  number: number
  children: Array<BlockContent | DefinitionContent>
}

/** A marker in a code block: `value.slice(start, end)` is replaced by marker `number`. */
export interface CodeAnnotationMarker {
  number: number
  /** Where the text the marker replaces starts in `code.value`: `(1)`, or the whole comment for `# (1)!`. */
  start: number
  end: number
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
  interface CodeData {
    /** The fence's options, read from `lang` and `meta` by the dialect. */
    options?: CodeOptions
    /** The `group` of the `annotations` after this code block, when its comments hold markers. */
    annotationGroup?: number
    /** Its markers, in order. */
    annotationMarkers?: CodeAnnotationMarker[]
  }
  interface FootnoteDefinitionData {
    /** Python-Markdown's id, `fn:<label>` (set by `assignFootnoteIds`). */
    id?: string
    /** Its number: the order of the definitions on the page, from 1. */
    number?: number
    /** The ids of the references to it, in order (`fnref:1`, `fnref2:1`), for the links back. */
    references?: string[]
  }
  interface FootnoteReferenceData {
    /** Python-Markdown's id: `fnref:<label>`, `fnref2:<label>` for a second reference... */
    id?: string
    /** The number of the footnote it refers to. */
    number?: number
  }
  interface Data {
    /** Attributes from an attribute list, after the allow-list. */
    attributes?: Attributes
  }
  interface BlockContentMap {
    admonition: Admonition
    tabSet: TabSet
    defList: DefList
    annotations: Annotations
    markdownInHtml: MarkdownInHtml
    math: Math
  }
  interface DefinitionContentMap {
    abbreviationDefinition: AbbreviationDefinition
  }
  interface PhrasingContentMap {
    annotationMarker: AnnotationMarker
    abbreviation: Abbreviation
    icon: Icon
    attributeList: AttributeList
    mark: Mark
    insert: Insert
    superscript: Superscript
    subscript: Subscript
    keys: Keys
    critic: Critic
    smartSymbol: SmartSymbol
    emoji: Emoji
    inlineMath: InlineMath
  }
  interface RootContentMap {
    admonition: Admonition
    tabSet: TabSet
    tab: Tab
    tabLabel: TabLabel
    defList: DefList
    defListTerm: DefListTerm
    defListDescription: DefListDescription
    abbreviationDefinition: AbbreviationDefinition
    abbreviation: Abbreviation
    annotationMarker: AnnotationMarker
    annotations: Annotations
    annotation: Annotation
    admonitionTitle: AdmonitionTitle
    markdownInHtml: MarkdownInHtml
    icon: Icon
    attributeList: AttributeList
    mark: Mark
    insert: Insert
    superscript: Superscript
    subscript: Subscript
    keys: Keys
    critic: Critic
    smartSymbol: SmartSymbol
    emoji: Emoji
    inlineMath: InlineMath
    math: Math
  }
  interface InlineCode {
    /** `#!python` in `` `#!python range()` `` (pymdownx.inlinehilite); the value is without it. */
    lang?: string
  }
}

declare module 'mdast-util-to-markdown' {
  interface ConstructNameMap {
    admonition: 'admonition'
    admonitionTitle: 'admonitionTitle'
    tabSet: 'tabSet'
    tabLabel: 'tabLabel'
    defList: 'defList'
    abbreviationDefinition: 'abbreviationDefinition'
    annotations: 'annotations'
    markdownInHtml: 'markdownInHtml'
    icon: 'icon'
    attributeList: 'attributeList'
    mark: 'mark'
    insert: 'insert'
    superscript: 'superscript'
    subscript: 'subscript'
    critic: 'critic'
  }
}
