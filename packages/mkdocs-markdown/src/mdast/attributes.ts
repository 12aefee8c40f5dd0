import type {Properties} from 'hast'
import type {Position} from 'unist'
import {allowedAttributes, reservedIds, type Attributes} from '../types.js'
import type {Report} from './report.js'

type Checked = 'width' | 'height' | 'align' | 'title' | 'loading' | 'lang' | 'dir' | 'rel' | 'target'

// Class tokens are plain names, so they can never break out of an HTML attribute or a CSS selector.
const name = /^[A-Za-z_][\w-]*$/
// An id is what HTML allows (any text without white space), except quotes and angle brackets,
// which no real anchor needs: `{ #4.6.1 }`, `{ #раздел }`, `{ #v2:api }` are all fine.
const idName = /^[^\s"'<>`]+$/
// `data-toc-label`, `data-md-color-scheme`: lower case, as HTML serialises them.
const dataName = /^data-[a-z0-9][a-z0-9._-]*$/
const size = {pattern: /^\d+(?:%|px)?$/, hint: 'digits with an optional `%` or `px`'}
// Link types that only describe a hyperlink; the ones that make a browser fetch (`preload`, `stylesheet`) have no place on `<a>`.
const relTokens = new Set(['alternate', 'author', 'bookmark', 'external', 'help', 'license', 'me', 'next', 'nofollow', 'noopener', 'noreferrer', 'prev', 'search', 'sponsored', 'tag', 'ugc'])
const valueChecks: Record<Checked, {pattern: RegExp; hint: string}> = {
  width: size,
  height: size,
  align: {pattern: /^(?:left|right|center)$/, hint: '`left`, `right` or `center`'},
  loading: {pattern: /^(?:lazy|eager)$/, hint: '`lazy` or `eager`'},
  title: {pattern: /^[^]*$/, hint: 'any text'},
  lang: {pattern: /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/, hint: 'a language tag such as `en` or `pt-BR`'},
  dir: {pattern: /^(?:ltr|rtl|auto)$/, hint: '`ltr`, `rtl` or `auto`'},
  rel: {pattern: new RegExp(`^(?:${[...relTokens].join('|')})(?:\\s+(?:${[...relTokens].join('|')}))*$`), hint: `link types among ${[...relTokens].join(', ')}`},
  target: {pattern: /^(?:_blank|_self|_parent|_top)$/, hint: '`_blank`, `_self`, `_parent` or `_top`'}
}
const checkedKeys = Object.keys(valueChecks) as Checked[]

/**
 * What the allow-list found on one page: every dropped `style` attribute. Inline styles are a
 * real author choice that the site refuses (its Content-Security-Policy allows no inline style),
 * so they are reported once per page, as a note, by {@link reportStyles}.
 */
export interface Dropped {
  styles: Array<Position | undefined>
}

/** A fresh {@link Dropped} for one page. */
export function droppedOnPage(): Dropped {
  return {styles: []}
}

/** Apply the allow-list to the pairs of an attribute list, reporting each attribute it drops. */
export function toAttributes(pairs: ReadonlyArray<[string, string]>, report: Report, place: Position | undefined, dropped: Dropped): Attributes {
  const attributes: Attributes = {}
  for (const [key, value] of pairs) {
    const lower = key.toLowerCase()
    if (lower === 'class') {
      for (const token of value.split(/\s+/).filter(Boolean)) {
        if (name.test(token)) (attributes.classes ??= []).push(token)
        else report(`dropped class \`${token}\`: a class is a letter or \`_\` followed by letters, digits, \`-\` or \`_\``, place, 'attribute-list')
      }
    } else if (lower === 'id') {
      if (!idName.test(value)) {
        report(`dropped id \`${value}\`: an id may hold any character but white space, quotes and angle brackets`, place, 'attribute-list')
      } else if ((reservedIds as readonly string[]).includes(value)) {
        report(`dropped id \`${value}\`: the site's layout uses that id (${reservedIds.join(', ')}); choose another`, place, 'attribute-list')
      } else {
        attributes.id = value
      }
    } else if (lower.startsWith('data-')) {
      if (lower.startsWith('data-pagefind')) report(`dropped attribute \`${key}\`: \`data-pagefind-*\` attributes belong to the site's search`, place, 'attribute-list')
      else if (dataName.test(key)) (attributes.data ??= {})[key] = value
      else report(`dropped attribute \`${key}\`: a \`data-\` attribute name is lower-case letters, digits, \`-\`, \`_\` and \`.\``, place, 'attribute-list')
    } else if (lower === 'style') {
      dropped.styles.push(place)
    } else if (isChecked(lower)) {
      const check = valueChecks[lower]
      if (check.pattern.test(value)) attributes[lower] = value
      else report(`dropped \`${key}="${value}"\`: use ${check.hint}`, place, 'attribute-list')
    } else {
      report(`dropped attribute \`${key}\`: attribute lists and Markdown-in-HTML tags may only set ${allowedAttributes.join(', ')}`, place, 'attribute-list')
    }
  }
  return attributes
}

/** One note per page for every `style` attribute dropped on it, placed at the first. */
export function reportStyles(dropped: Dropped, report: Report): void {
  const count = dropped.styles.length
  if (count === 0) return
  report(
    `${count === 1 ? 'a `style` attribute was' : `${count} \`style\` attributes were`} dropped on this page (first here): the site allows no inline styles (Content-Security-Policy); give the element a class and style it in the site's CSS`,
    dropped.styles[0],
    'attribute-list',
    'note'
  )
}

/** Merge two attribute sets: classes and `data-*` add up, later values win. */
export function mergeAttributes(left: Attributes | undefined, right: Attributes): Attributes {
  const merged: Attributes = {...left, ...right}
  const classes = [...(left?.classes ?? []), ...(right.classes ?? [])]
  if (classes.length > 0) merged.classes = classes
  if (left?.data || right.data) merged.data = {...left?.data, ...right.data}
  return merged
}

/**
 * The `data.hProperties` that make `mdast-util-to-hast` write the attributes. `data-toc-label`
 * is left out: it only names the heading in the table of contents, as Python-Markdown's `toc` does.
 */
export function toHProperties(attributes: Attributes): Properties {
  const properties: Properties = {}
  if (attributes.id !== undefined) properties.id = attributes.id
  if (attributes.classes) properties.className = [...attributes.classes]
  for (const key of checkedKeys) {
    const value = attributes[key]
    // `rel` is a list of link types in hast, like `className`.
    if (value !== undefined) (properties as Record<string, string | string[]>)[key] = key === 'rel' ? value.split(/\s+/) : value
  }
  for (const [key, value] of Object.entries(attributes.data ?? {})) {
    if (key !== 'data-toc-label') properties[dataProperty(key)] = value
  }
  return properties
}

/** `data-toc-label` → `dataTocLabel`, hast's name for the attribute. */
function dataProperty(attribute: string): string {
  return attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

/** Write attributes as an attribute list: `{ #id .a .b width="100" }`, or `{: ... }` for blocks. */
export function serializeAttributes(attributes: Attributes, block = false): string {
  const items: string[] = []
  if (attributes.id !== undefined) items.push('#' + attributes.id)
  for (const token of attributes.classes ?? []) items.push('.' + token)
  for (const key of checkedKeys) {
    const value = attributes[key]
    if (value !== undefined) items.push(pair(key, value))
  }
  for (const [key, value] of Object.entries(attributes.data ?? {})) items.push(value === '' ? key : pair(key, value))
  return (block ? '{: ' : '{ ') + items.join(' ') + ' }'
}

// Attribute lists have no escapes: pick the quote the value does not contain.
function pair(key: string, value: string): string {
  const quote = value.includes('"') ? "'" : '"'
  return key + '=' + quote + value + quote
}

/** Whether the attributes set anything at all. */
export function hasAttributes(attributes: Attributes | undefined): attributes is Attributes {
  return attributes !== undefined && Object.keys(attributes).length > 0
}

function isChecked(key: string): key is Checked {
  return Object.hasOwn(valueChecks, key)
}
