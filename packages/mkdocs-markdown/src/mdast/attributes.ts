import type {Properties} from 'hast'
import type {Position} from 'unist'
import {allowedAttributes, type AllowedAttribute, type Attributes} from '../types.js'
import type {Report} from './report.js'

type Checked = Exclude<AllowedAttribute, 'id' | 'class'>

// Class and id tokens are plain names, so they can never break out of an HTML attribute or a CSS selector.
const name = /^[A-Za-z_][\w-]*$/
// Ids may be in any script: a Russian guide anchors `## Раздел { #раздел }`, like its generated heading ids.
const idName = /^[\p{L}_][\p{L}\p{N}_-]*$/u
const size = {pattern: /^\d+(?:%|px)?$/, hint: 'digits with an optional `%` or `px`'}
const valueChecks: Record<Checked, {pattern: RegExp; hint: string}> = {
  width: size,
  height: size,
  align: {pattern: /^(?:left|right|center)$/, hint: '`left`, `right` or `center`'},
  loading: {pattern: /^(?:lazy|eager)$/, hint: '`lazy` or `eager`'},
  title: {pattern: /^[^]*$/, hint: 'any text'}
}

/** Apply the allow-list to the pairs of an attribute list, reporting each attribute it drops. */
export function toAttributes(pairs: ReadonlyArray<[string, string]>, report: Report, place: Position | undefined): Attributes {
  const attributes: Attributes = {}
  for (const [key, value] of pairs) {
    if (key === 'class') {
      for (const token of value.split(/\s+/).filter(Boolean)) {
        if (name.test(token)) (attributes.classes ??= []).push(token)
        else report(`dropped class \`${token}\`: a class is a letter or \`_\` followed by letters, digits, \`-\` or \`_\``, place, 'attribute-list')
      }
    } else if (key === 'id') {
      if (idName.test(value)) attributes.id = value
      else report(`dropped id \`${value}\`: an id is a letter or \`_\` followed by letters, digits, \`-\` or \`_\``, place, 'attribute-list')
    } else if (isChecked(key)) {
      const check = valueChecks[key]
      if (check.pattern.test(value)) attributes[key] = value
      else report(`dropped \`${key}="${value}"\`: use ${check.hint}`, place, 'attribute-list')
    } else {
      report(`dropped attribute \`${key}\`: an attribute list may only set ${allowedAttributes.join(', ')}`, place, 'attribute-list')
    }
  }
  return attributes
}

/** Merge two attribute sets: classes add up, later values win. */
export function mergeAttributes(left: Attributes | undefined, right: Attributes): Attributes {
  const merged: Attributes = {...left, ...right}
  const classes = [...(left?.classes ?? []), ...(right.classes ?? [])]
  if (classes.length > 0) merged.classes = classes
  return merged
}

/** The `data.hProperties` that make `mdast-util-to-hast` write the attributes. */
export function toHProperties(attributes: Attributes): Properties {
  const properties: Properties = {}
  if (attributes.id !== undefined) properties.id = attributes.id
  if (attributes.classes) properties.className = [...attributes.classes]
  for (const key of Object.keys(valueChecks) as Checked[]) {
    const value = attributes[key]
    if (value !== undefined) properties[key] = value
  }
  return properties
}

/** Write attributes as an attribute list: `{ #id .a .b width="100" }`, or `{: ... }` for blocks. */
export function serializeAttributes(attributes: Attributes, block = false): string {
  const items: string[] = []
  if (attributes.id !== undefined) items.push('#' + attributes.id)
  for (const token of attributes.classes ?? []) items.push('.' + token)
  for (const key of Object.keys(valueChecks) as Checked[]) {
    const value = attributes[key]
    if (value === undefined) continue
    // Attribute lists have no escapes: pick the quote the value does not contain.
    const quote = value.includes('"') ? "'" : '"'
    items.push(key + '=' + quote + value + quote)
  }
  return (block ? '{: ' : '{ ') + items.join(' ') + ' }'
}

/** Whether the attributes set anything at all. */
export function hasAttributes(attributes: Attributes | undefined): attributes is Attributes {
  return attributes !== undefined && Object.keys(attributes).length > 0
}

function isChecked(key: string): key is Checked {
  return Object.hasOwn(valueChecks, key)
}
