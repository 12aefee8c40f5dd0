import type {BlockContent, DefinitionContent, Literal, Node, Parent} from 'mdast'

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

declare module 'mdast' {
  interface Data {
    /** Attributes from an attribute list, after the allow-list. */
    attributes?: Attributes
  }
  interface BlockContentMap {
    admonition: Admonition
  }
  interface PhrasingContentMap {
    icon: Icon
    attributeList: AttributeList
  }
  interface RootContentMap {
    admonition: Admonition
    icon: Icon
    attributeList: AttributeList
  }
}

declare module 'mdast-util-to-markdown' {
  interface ConstructNameMap {
    admonition: 'admonition'
    admonitionTitle: 'admonitionTitle'
    icon: 'icon'
    attributeList: 'attributeList'
  }
}
