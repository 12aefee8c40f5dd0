/// <reference types="mdast-util-to-hast" />
import type {Nodes, Parents, Root, RootContent, Text} from 'mdast'
import {decodeString} from 'micromark-util-decode-string'
import {visitParents} from '../visit.js'
import type {AttributeList, MarkdownInHtml} from '../types.js'
import {droppedOnPage, hasAttributes, mergeAttributes, reportStyles, toAttributes, toHProperties, type Dropped} from './attributes.js'
import type {Report} from './report.js'

// Elements an attribute list written right after them (no space) applies to, as in Python-Markdown's attr_list.
const inlineTargets = new Set<string>(['link', 'linkReference', 'image', 'imageReference', 'emphasis', 'strong', 'inlineCode', 'icon', 'emoji', 'mark', 'insert', 'keys'])

/**
 * Move every `attributeList` node onto the element it belongs to, as `data.attributes` (allow-listed)
 * and `data.hProperties` (for `mdast-util-to-hast`); turn the ones that belong nowhere back into text.
 * The attributes of Markdown-in-HTML tags (`<div class="grid" markdown>`) go through the same allow-list.
 *
 * Targets: the inline element right before the list (`[a](b){ .md-button }`), the heading it ends
 * (`## Title { #id }`), or the paragraph (or tight list item) whose last line it is (`{: .class }`).
 * Dropped `style` attributes are reported once for the whole tree, as a note.
 */
export function attachAttributes(tree: Root, report: Report = () => {}): void {
  const dropped = droppedOnPage()
  visitParents(tree, function (node, ancestors) {
    if (node.type === 'markdownInHtml') attachTagAttributes(node, report, dropped)
    if ('children' in node) attachIn(node, ancestors, report, dropped)
  })
  reportStyles(dropped, report)
}

/** A Markdown-in-HTML element's attributes, as written, through the allow-list. */
function attachTagAttributes(node: MarkdownInHtml, report: Report, dropped: Dropped): void {
  const pairs = node.pairs ?? []
  delete node.pairs
  const attributes = toAttributes(pairs, report, node.position, dropped)
  if (!hasAttributes(attributes)) return
  const data = (node.data ??= {})
  data.attributes = attributes
  data.hProperties = toHProperties(attributes)
}

function attachIn(parent: Parents, ancestors: Parents[], report: Report, dropped: Dropped): void {
  const children = parent.children as RootContent[]
  let index = 0
  while (index < children.length) {
    const node = children[index]
    if (node?.type !== 'attributeList') {
      index++
      continue
    }
    const before = children[index - 1]
    const target =
      before && inlineTargets.has(before.type) ? before : blockTarget(parent, index, ancestors)
    if (target) {
      attach(target, node, report, dropped)
      children.splice(index, 1)
      if (target !== before) index = trimLineEnd(children, index)
    } else {
      const source = '{' + (node.colon ? ':' : '') + node.value + '}'
      if (looksIntended(node)) {
        report(`attribute list \`${source}\` belongs to nothing: write it right after a link or image with no space, at the end of a heading, or alone on the last line of a paragraph`, node.position, 'attribute-list')
      }
      index = revertToText(children, index, node, source)
    }
  }
  reportMalformed(children, report)
}

/** The heading, paragraph or tight list item an attribute list at `index` of `parent` closes, if any. */
function blockTarget(parent: Parents, index: number, ancestors: Parents[]): Nodes | undefined {
  const last = index === parent.children.length - 1
  if (parent.type === 'heading') return last ? parent : undefined
  if (parent.type !== 'paragraph' || !last) return undefined
  const before = parent.children[index - 1]
  const ownLine = before?.type === 'break' || (before?.type === 'text' && /\n[ \t]*$/.test(before.value))
  if (!ownLine) return undefined
  const item = ancestors[ancestors.length - 1]
  const list = ancestors[ancestors.length - 2]
  // A tight list item's paragraph has no element of its own in HTML, so the item takes its attributes.
  if (item?.type === 'listItem' && list?.type === 'list' && item.children[0] === parent) {
    const loose = list.spread || list.children.some((child) => child.spread ?? child.children.length > 1)
    if (!loose) return item
  }
  return parent
}

/**
 * Whether braces that attach to nothing were meant as an attribute list: the `{: }` form, a class
 * or id, or Material's spaced `{ key=value }`. Braces in prose or formulas (`{k=0}`, `{foo}`) are
 * text that happens to parse, and stay text without a word.
 */
function looksIntended(list: AttributeList): boolean {
  return list.colon === true || list.pairs.some(([key]) => key === 'class' || key === 'id') || /^\s/.test(list.value)
}

function attach(target: Nodes, list: AttributeList, report: Report, dropped: Dropped): void {
  const attributes = mergeAttributes(target.data?.attributes, toAttributes(list.pairs, report, list.position, dropped))
  // A list whose every attribute was dropped leaves no trace, as if it had never been written.
  if (!hasAttributes(attributes)) return
  const data = (target.data ??= {})
  data.attributes = attributes
  data.hProperties = toHProperties(attributes)
}

/** Drop the space or line break that separated a block's attribute list from its text. */
function trimLineEnd(children: RootContent[], index: number): number {
  const before = children[index - 1]
  if (before?.type === 'break') {
    children.splice(index - 1, 1)
    return index - 1
  }
  if (before?.type !== 'text') return index
  const value = before.value.replace(/[ \t\r\n]+$/, '')
  const removed = before.value.slice(value.length)
  before.value = value
  if (value === '') {
    children.splice(index - 1, 1)
    return index - 1
  }
  // Spaces before `{ #id }` in a heading are on the same line, so the end moves back by as many columns.
  if (before.position && removed !== '' && !/[\r\n]/.test(removed)) {
    const {end} = before.position
    before.position.end = {line: end.line, column: end.column - removed.length, offset: (end.offset ?? 0) - removed.length}
  }
  return index
}

/** Put the list back as the text plain remark would have made, merged with the text around it. */
function revertToText(children: RootContent[], index: number, list: AttributeList, source: string): number {
  const text: Text = {type: 'text', value: decodeString(source)}
  if (list.position) text.position = list.position
  children[index] = text
  const after = children[index + 1]
  if (after?.type === 'text') {
    mergeText(text, after)
    children.splice(index + 1, 1)
  }
  const before = children[index - 1]
  if (before?.type === 'text') {
    mergeText(before, text)
    children.splice(index, 1)
    return index
  }
  return index + 1
}

function mergeText(left: Text, right: Text): void {
  left.value += right.value
  if (left.position && right.position) left.position = {start: left.position.start, end: right.position.end}
}

/** `[a](b){ .md-button` (never closed) and the like: text right after an inline target that starts with `{`. */
function reportMalformed(children: RootContent[], report: Report): void {
  children.forEach(function (node, index) {
    const after = children[index + 1]
    if (!inlineTargets.has(node.type) || after?.type !== 'text' || !after.value.startsWith('{')) return
    const source = (after.value.split(/\r?\n/)[0] ?? '').slice(0, 40)
    report(`malformed attribute list \`${source}\` after ${node.type}: write \`{ .class #id key="value" }\` on one line, closed with \`}\``, after.position, 'attribute-list')
  })
}
