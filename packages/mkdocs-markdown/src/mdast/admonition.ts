import type {Extension as FromMarkdownExtension, Handle as FromMarkdownHandle} from 'mdast-util-from-markdown'
import type {Handle, Map, Options as ToMarkdownExtension, Unsafe} from 'mdast-util-to-markdown'
import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {Admonition} from '../types.js'
import '../micromark/tokens.js'

/** Extension for `mdast-util-from-markdown` that turns `mkdocsAdmonition` tokens into `admonition` nodes. */
export function mkdocsAdmonitionFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {mkdocsAdmonition: enterAdmonition, mkdocsAdmonitionTitle: enterTitle},
    exit: {
      mkdocsAdmonition: exitAdmonition,
      mkdocsAdmonitionMarker: exitMarker,
      mkdocsAdmonitionKind: exitKind,
      mkdocsAdmonitionClass: exitClass,
      mkdocsAdmonitionTitleString: exitTitleString
    },
    transforms: [listItemSpread]
  }
}

/** Extension for `mdast-util-to-markdown` that writes `admonition` nodes back as `!!! kind "Title"` with an indented body. */
export function mkdocsAdmonitionToMarkdown(): ToMarkdownExtension {
  return {handlers: {admonition}, unsafe: markerUnsafe}
}

// A paragraph line that starts like an opening line would start an admonition (even mid-paragraph).
const markerUnsafe: Unsafe[] = [
  {character: '!', atBreak: true, after: '!![ \\t]'},
  {character: '?', atBreak: true, after: '\\?\\?\\+?[ \\t]'}
]

/**
 * `mdast-util-from-markdown` decides whether a list item is spread (loose) from the blank lines in it,
 * skipping those inside nested lists and block quotes but not inside other containers: the line end
 * after `!!! note` and blank lines in the body would make every item holding an admonition loose.
 * For those items, spread means what it means elsewhere: a blank line between two of its children.
 */
function listItemSpread(tree: Root): undefined {
  // Likewise a blank line between a list and the admonition after it (`> -` `>` `> !!! note`) is
  // taken as part of the list, which makes it loose: there, a list is loose as anywhere else.
  visit(tree, 'list', function (list, index, parent) {
    if (index === undefined || parent?.children[index + 1]?.type !== 'admonition') return
    list.spread = list.children.some(function (item, at) {
      const next = list.children[at + 1]
      return item.spread === true || (next?.position && item.position ? next.position.start.line > item.position.end.line + 1 : false)
    })
  })
  visit(tree, 'listItem', function (item) {
    if (!item.children.some((child) => child.type === 'admonition')) return
    item.spread = item.children.some(function (child, index) {
      const next = item.children[index + 1]
      return next?.position && child.position ? next.position.start.line > child.position.end.line + 1 : false
    })
  })
  return undefined
}

const enterAdmonition: FromMarkdownHandle = function (token) {
  this.enter({type: 'admonition', kind: '', classes: [], title: null, collapsible: null, children: []}, token)
}

const exitAdmonition: FromMarkdownHandle = function (token) {
  this.exit(token)
}

// `""` has no title string token, so the title exists (empty) from its opening quote.
const enterTitle: FromMarkdownHandle = function () {
  current(this.stack).title = ''
}

const exitMarker: FromMarkdownHandle = function (token) {
  const marker = this.sliceSerialize(token)
  current(this.stack).collapsible = marker === '???' ? 'closed' : marker === '???+' ? 'open' : null
}

const exitKind: FromMarkdownHandle = function (token) {
  current(this.stack).kind = this.sliceSerialize(token)
}

const exitClass: FromMarkdownHandle = function (token) {
  current(this.stack).classes.push(this.sliceSerialize(token))
}

const exitTitleString: FromMarkdownHandle = function (token) {
  current(this.stack).title = this.sliceSerialize(token)
}

/** The admonition whose opening line is being read. */
function current(stack: ReadonlyArray<{type: string}>): Admonition {
  const node = stack[stack.length - 1]
  if (node?.type !== 'admonition') throw new Error('Expected an admonition on the stack: is the micromark extension `mkdocsAdmonition()` paired with `mkdocsAdmonitionFromMarkdown()`?')
  return node as Admonition
}

const admonition: Handle = function (node: Admonition, _, state, info) {
  const tracker = state.createTracker(info)
  const exit = state.enter('admonition')
  const marker = node.collapsible === 'closed' ? '???' : node.collapsible === 'open' ? '???+' : '!!!'
  let value = tracker.move([marker, node.kind, ...node.classes].join(' '))
  if (node.title !== null) value += tracker.move(' "' + node.title + '"')
  if (node.children.length > 0) {
    tracker.shift(4)
    value += tracker.move('\n' + state.indentLines(state.containerFlow(node, tracker.current()), indentBody))
  }
  exit()
  return value
}

/** Body lines are indented by four spaces; blank lines stay empty (they continue the body anyway). */
const indentBody: Map = function (line, _, blank) {
  return blank ? '' : '    ' + line
}
