import type {Heading, ImageReference, LinkReference, Nodes, Paragraph, Parents, Root} from 'mdast'
import {gfmTaskListItemToMarkdown} from 'mdast-util-gfm-task-list-item'
import {defaultHandlers, type Handle, type Info, type State} from 'mdast-util-to-markdown'
import {hasAttributes, serializeAttributes} from './attributes.js'
import {fullReferenceKeepingIdentifier, labelKeepingIdentifier} from './reference-label.js'

type Handler<T extends Nodes> = (node: T, parent: Parents | undefined, state: State, info: Info) => string

/** Wrap the handler of an inline node so its attributes follow it with no space: `[a](b){ .md-button }`. */
export function withAttributes<T extends Nodes>(handle: Handler<T>): Handle {
  const wrapped = function (node: T, parent: Parents | undefined, state: State, info: Info): string {
    const attributes = node.data?.attributes
    if (!hasAttributes(attributes)) return handle(node, parent, state, info)
    return handle(node, parent, state, {...info, after: '{'}) + serializeAttributes(attributes)
  }
  // Handlers such as `link` and `emphasis` carry a `peek` that tells what character they start
  // with, and emphasis and strong an `attention` (see `rootKeepingSpanAttributes`).
  for (const key of ['peek', 'attention'] as const) {
    const value = (handle as unknown as Record<string, unknown>)[key]
    if (value) (wrapped as unknown as Record<string, unknown>)[key] = value
  }
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
 * so it keeps that one rule. A language (`#!python`) goes back in front of the code.
 */
export const inlineCodeWithAttributes: Handle = withAttributes(function (node, parent, state) {
  const code = node.lang === undefined ? node : {...node, value: `#!${node.lang} ${node.value}`}
  const value = defaultHandlers.inlineCode(code, parent, state)
  return state.stack.includes('tableCell') ? value.replace(/\|/g, '\\$&') : value
} as Handler<Nodes & {type: 'inlineCode'}>)

/**
 * A reference handler that keeps a shortcut or collapsed reference's type. `![foo *bar*]` has the
 * alt `foo bar` but the label `foo *bar*`, and `[foo*]` the text `foo\*` written out; the default
 * handler, seeing text and label differ, writes a full reference (`![foo bar][foo *bar*]`,
 * `[foo\*][foo*]`), which parses back with another type. Writing the label as it was written keeps
 * the type, and the text comes back from it. Brackets, backslashes and line endings
 * in the label are written as they were (`\]`, `\\`), since the label is rebuilt from the
 * identifier. Labels with a pipe keep the default (a table cell would end at it).
 */
function referenceKeepingType(type: 'imageReference' | 'linkReference', opening: string): Handle {
  const handle = defaultHandlers[type] as Handler<ImageReference | LinkReference>
  const write: Handler<ImageReference | LinkReference> = function (node, parent, state, info) {
    if (node.referenceType === 'full') return fullReferenceKeepingIdentifier(handle(node, parent, state, info), node)
    const label = node.label === undefined || node.label === null ? undefined : labelKeepingIdentifier(node)
    if (label === undefined || node.label?.includes('|') === true) return handle(node, parent, state, info)
    return opening + label + (node.referenceType === 'collapsed' ? '][]' : ']')
  }
  return Object.assign(write, {peek: (handle as {peek?: unknown}).peek}) as Handle
}

/** `imageReference` keeping a shortcut or collapsed reference's type (see `referenceKeepingType`). */
export const imageReferenceKeepingType = referenceKeepingType('imageReference', '![')

/** `linkReference` keeping a shortcut or collapsed reference's type (see `referenceKeepingType`). */
export const linkReferenceKeepingType = referenceKeepingType('linkReference', '[')

// A span with attributes, set apart for the time of writing (see `rootKeepingSpanAttributes`).
const attributedSpan = 'mkdocsAttributedSpan'

/**
 * Emphasis and strong carry `attention` so that nested ones choose their markers together
 * (`***a***` is strong in emphasis; written one by one, `**____b____**` would read back as
 * something else). A node written through `attention` skips its own handler, so one with
 * attributes would lose them: this root handler sets each such node apart in a wrapper for the
 * time of writing, whose handler writes the node and then its attributes.
 */
export const rootKeepingSpanAttributes: Handle = function (node: Root, parent, state, info) {
  const moved: Array<{parent: Parents; index: number; node: Nodes}> = []
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (!('children' in current)) continue
    current.children.forEach((child, index) => {
      if ((child.type === 'emphasis' || child.type === 'strong') && hasAttributes(child.data?.attributes)) {
        moved.push({parent: current, index, node: child})
        ;(current.children as unknown[])[index] = {type: attributedSpan, children: [child]}
      }
      stack.push(child as Nodes)
    })
  }
  try {
    return defaultHandlers.root(node, parent, state, info)
  } finally {
    for (const {parent: at, index, node: child} of moved) (at.children as unknown[])[index] = child
  }
}

/** Writes the span set apart by `rootKeepingSpanAttributes`, then its attributes. */
export const attributedSpanHandler: Handle = function (node: {children: [Nodes]}, parent, state, info) {
  const [span] = node.children
  // The default handler, not ours (which would add the attributes a second time).
  const value = span.type === 'strong' ? defaultHandlers.strong(span, parent, state, {...info, after: '{'}) : defaultHandlers.emphasis(span as never, parent, state, {...info, after: '{'})
  return value + serializeAttributes(span.data!.attributes!)
}
// It starts with the span's marker.
;(attributedSpanHandler as {peek?: unknown}).peek = function (node: {children: [Nodes]}, _: unknown, state: State) {
  return (node.children[0].type === 'strong' ? state.options.strong : state.options.emphasis) ?? '*'
}
