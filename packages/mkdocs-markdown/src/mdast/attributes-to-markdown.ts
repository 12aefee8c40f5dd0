import type {Heading, ImageReference, Nodes, Paragraph, Parents} from 'mdast'
import {gfmTaskListItemToMarkdown} from 'mdast-util-gfm-task-list-item'
import {defaultHandlers, type Handle, type Info, type State} from 'mdast-util-to-markdown'
import {hasAttributes, serializeAttributes} from './attributes.js'

type Handler<T extends Nodes> = (node: T, parent: Parents | undefined, state: State, info: Info) => string

/** Wrap the handler of an inline node so its attributes follow it with no space: `[a](b){ .md-button }`. */
export function withAttributes<T extends Nodes>(handle: Handler<T>): Handle {
  const wrapped = function (node: T, parent: Parents | undefined, state: State, info: Info): string {
    const attributes = node.data?.attributes
    if (!hasAttributes(attributes)) return handle(node, parent, state, info)
    return handle(node, parent, state, {...info, after: '{'}) + serializeAttributes(attributes)
  }
  // Handlers such as `link` and `emphasis` carry a `peek` that tells what character they start with.
  const peek = (handle as {peek?: unknown}).peek
  if (peek) (wrapped as {peek?: unknown}).peek = peek
  return wrapped as Handle
}

/** `## Title { #id }`: for a setext heading the list goes at the end of the text, before the underline. */
export const headingWithAttributes: Handle = function (node: Heading, parent, state, info) {
  const value = defaultHandlers.heading(node, parent, state, info)
  const attributes = node.data?.attributes
  if (!hasAttributes(attributes)) return value
  const underline = value.lastIndexOf('\n')
  const list = ' ' + serializeAttributes(attributes)
  return underline === -1 ? value + list : value.slice(0, underline) + list + value.slice(underline)
}

// GFM writes a task list item's checkbox (`- [x] text`) in its paragraph handler, which ours
// replaces: ours starts from GFM's, so the checkbox survives.
const taskListParagraph = gfmTaskListItemToMarkdown().handlers!['paragraph'] as Handler<Paragraph>

/**
 * `{: .class }` on its own last line; a tight list item's attributes (which `attachAttributes` takes
 * from its first paragraph, as that paragraph has no element of its own in HTML) go there too.
 */
export const paragraphWithAttributes: Handle = function (node: Paragraph, parent, state, info) {
  const value = taskListParagraph(node, parent, state, info)
  const attributes = hasAttributes(node.data?.attributes)
    ? node.data?.attributes
    : parent?.type === 'listItem' && parent.children[0] === node
      ? parent.data?.attributes
      : undefined
  return hasAttributes(attributes) ? value + '\n' + serializeAttributes(attributes, true) : value
}

/**
 * `inlineCode` inside a GFM table cell escapes its pipes; our wrapper replaces the GFM handler,
 * so it keeps that one rule.
 */
export const inlineCodeWithAttributes: Handle = withAttributes(function (node, parent, state) {
  const value = defaultHandlers.inlineCode(node, parent, state)
  return state.stack.includes('tableCell') ? value.replace(/\|/g, '\\$&') : value
} as Handler<Nodes & {type: 'inlineCode'}>)

/**
 * `![foo *bar*]` (a shortcut or collapsed image reference) has the alt `foo bar` but the label
 * `foo *bar*`; the default handler, seeing them differ, writes a full reference `![foo bar][foo *bar*]`,
 * which parses back with another reference type. Writing the label as it was written keeps the
 * type, and the alt comes back from it. Labels with a pipe or a line break keep the default (table cells).
 */
export const imageReferenceKeepingType: Handle = function (node: ImageReference, parent, state, info) {
  const label = node.label
  if (node.referenceType === 'full' || label === undefined || label === null || /[|\r\n]/.test(label)) return defaultHandlers.imageReference(node, parent, state, info)
  return '![' + label + (node.referenceType === 'collapsed' ? '][]' : ']')
}
;(imageReferenceKeepingType as {peek?: unknown}).peek = (defaultHandlers.imageReference as {peek?: unknown}).peek
