import type {Extension as FromMarkdownExtension, Handle as FromMarkdownHandle} from 'mdast-util-from-markdown'
import type {Handle, Options as ToMarkdownExtension, Unsafe} from 'mdast-util-to-markdown'
import type {Parents} from 'mdast'
import type {Admonition, AdmonitionTitle} from '../types.js'
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
      mkdocsAdmonitionTitle: exitTitle
    },
    transforms: [listItemSpread(['admonition'])]
  }
}

/** Extension for `mdast-util-to-markdown` that writes `admonition` nodes back as `!!! kind "Title"` with an indented body (the title as inline Markdown). */
export function mkdocsAdmonitionToMarkdown(): ToMarkdownExtension {
  return {handlers: {admonition}, unsafe: markerUnsafe}
}

// A paragraph line that starts like an opening line would start an admonition (even mid-paragraph).
const markerUnsafe: Unsafe[] = [
  {character: '!', atBreak: true, after: '!![ \\t]'},
  {character: '?', atBreak: true, after: '\\?\\?\\+?[ \\t]'}
]

// Without a kind (`!!! "Title"`) an admonition is a note, as Material renders it.
const enterAdmonition: FromMarkdownHandle = function (token) {
  this.enter({type: 'admonition', kind: 'note', classes: [], collapsible: null, children: []}, token)
}

const exitAdmonition: FromMarkdownHandle = function (token) {
  this.exit(token)
}

// The title is the admonition's first child; its text (parsed inline) goes in as children.
// `""` has no text, so the title is empty: explicitly no title.
const enterTitle: FromMarkdownHandle = function (token) {
  const title: AdmonitionTitle = {type: 'admonitionTitle', children: []}
  this.enter(title, token)
}

const exitTitle: FromMarkdownHandle = function (token) {
  this.exit(token)
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
  const [first, ...rest] = node.children
  const title = first?.type === 'admonitionTitle' ? first : undefined
  const body = title ? rest : node.children
  let value = tracker.move([marker, node.kind, ...node.classes].join(' '))
  if (title) {
    const exitTitle = state.enter('admonitionTitle')
    // Inline Markdown, escaped as in a paragraph.
    const exitPhrasing = state.enter('phrasing')
    value += tracker.move(' "')
    value += tracker.move(state.containerPhrasing(title, {...tracker.current(), before: '"', after: '"'}))
    value += tracker.move('"')
    exitPhrasing()
    exitTitle()
  }
  if (body.length > 0) {
    tracker.shift(4)
    const parent = {...node, children: body} as Parents
    value += tracker.move('\n' + state.indentLines(state.containerFlow(parent as never, tracker.current()), indentBody))
  }
  exit()
  return value
}
