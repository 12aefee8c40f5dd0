import type {BlockContent, DefinitionContent, Literal, Node, Parent, PhrasingContent} from 'mdast'

/** The attributes an attribute list may set; anything else is dropped with a warning. */
export const allowedAttributes = ['id', 'class', 'width', 'height', 'align', 'title', 'loading'] as const

/** One name of {@link allowedAttributes}. */
export type AllowedAttribute = (typeof allowedAttributes)[number]

/** Attributes that survived the allow-list, attached to a node as `data.attributes`. */
export interface Attributes {
  id?: string
  classes?: string[]
  width?: string
  height?: string
  align?: string
  title?: string
  loading?: string
}

/** How an admonition was opened: `!!!` always open, `???` collapsed, `???+` collapsible but open. */
export type Collapsible = 'closed' | 'open' | null

/**
 * `!!! kind "Title"` with a four-space indented body (MkDocs Material admonition),
 * or `??? kind "Title"` / `???+ kind "Title"` (collapsible details).
 */
export interface Admonition extends Parent {
  type: 'admonition'
  /** The first word after the marker: `note`, `warning`, `recomendation`, any word. */
  kind: string
  /** Further words before the title (`!!! info inline end`). */
  classes: string[]
  /** `null`: no title given (renderers show the kind); `''`: explicitly no title (`!!! note ""`). */
  title: string | null
  collapsible: Collapsible
  children: Array<BlockContent | DefinitionContent>
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
  /** Every `key=value` pair as written, before the allow-list: `.x` is `['class','x']`, `#y` is `['id','y']`. */
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
}

declare module 'mdast' {
  interface Data {
    /** Attributes from an attribute list, after the allow-list. */
    attributes?: Attributes
  }
  interface BlockContentMap {
    admonition: Admonition
  }
  interface BlockContentMap {
    math: Math
  }
  interface PhrasingContentMap {
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
  interface CodeData {
    /** The fence's options, read from `lang` and `meta` by the dialect. */
    options?: CodeOptions
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
    icon: 'icon'
    attributeList: 'attributeList'
    mark: 'mark'
    insert: 'insert'
    superscript: 'superscript'
    subscript: 'subscript'
    critic: 'critic'
  }
}
