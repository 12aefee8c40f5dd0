import type {Extension as FromMarkdownExtension, Handle as FromMarkdownHandle} from 'mdast-util-from-markdown'
import type {Handle, Options as ToMarkdownExtension, Unsafe} from 'mdast-util-to-markdown'
import type {Admonition} from '../types.js'
import {indentBody} from './indent-body.js'
import {listItemSpread} from './list-item-spread.js'
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
    transforms: [listItemSpread(['admonition'])]
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
