import type {Parents, PhrasingContent} from 'mdast'
import type {CompileContext, Extension as FromMarkdownExtension, Token} from 'mdast-util-from-markdown'
import type {ConstructName, Handle, Info, Options as ToMarkdownExtension, State} from 'mdast-util-to-markdown'
import type {Insert, Mark, Subscript, Superscript} from '../types.js'
import {withAttributes} from './attributes-to-markdown.js'
import {phrasingSpans} from './unsafe.js'
import '../micromark/tokens.js'

type Span = Mark | Insert | Superscript | Subscript

/** Extension for `mdast-util-from-markdown`: `mark`, `insert`, `superscript` and `subscript` nodes from their tokens. */
export function mkdocsSpansFromMarkdown(): FromMarkdownExtension {
  const enter = (type: Span['type']) =>
    function (this: CompileContext, token: Token) {
      this.enter({type, children: []}, token)
    }
  const exit = function (this: CompileContext, token: Token) {
    this.exit(token)
  }
  return {
    canContainEols: ['mark', 'insert', 'superscript', 'subscript'],
    enter: {mkdocsMark: enter('mark'), mkdocsInsert: enter('insert'), mkdocsSuperscript: enter('superscript'), mkdocsSubscript: enter('subscript')},
    exit: {mkdocsMark: exit, mkdocsInsert: exit, mkdocsSuperscript: exit, mkdocsSubscript: exit}
  }
}

/** Extension for `mdast-util-to-markdown`: the four spans back as `==…==`, `^^…^^`, `^…^`, `~…~`, escaping text that would read as one. */
export function mkdocsSpansToMarkdown(): ToMarkdownExtension {
  const notInConstruct = phrasingSpans
  return {
    // Mark and insert take an attribute list (`==a=={ .x }`); the others do not.
    handlers: {mark: withAttributes(span('==', 'mark')), insert: withAttributes(span('^^', 'insert')), superscript: span('^', 'superscript'), subscript: span('~', 'subscript')},
    unsafe: [
      // `==` opens a mark; a lone `=` is text (`a = b`) and stays as written. Every `=` of a run
      // is escaped: the patterns look around without taking the next `=`, since a run with its
      // first `=` escaped alone (`\===`) leaves a `==` that may pair with another.
      {character: '=', inConstruct: 'phrasing', notInConstruct, after: '(?==)'},
      {character: '=', inConstruct: 'phrasing', notInConstruct, before: '(?<==)'},
      // Any `^` may pair with another (`x^2^`).
      {character: '^', inConstruct: 'phrasing', notInConstruct}
    ]
  }
}

function span(marker: string, construct: ConstructName): Handle {
  const handle = function (node: Span, _parent: Parents | undefined, state: State, info: Info): string {
    const tracker = state.createTracker(info)
    const exit = state.enter(construct)
    let value = tracker.move(marker)
    value += state.containerPhrasing(node as Parents & {children: PhrasingContent[]}, {...tracker.current(), before: value, after: marker.charAt(0)})
    value += tracker.move(marker)
    exit()
    return value
  }
  handle.peek = () => marker.charAt(0)
  return handle as Handle
}
