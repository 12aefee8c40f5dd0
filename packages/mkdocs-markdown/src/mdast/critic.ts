import type {Parents, PhrasingContent} from 'mdast'
import type {CompileContext, Extension as FromMarkdownExtension, Token} from 'mdast-util-from-markdown'
import type {Info, Options as ToMarkdownExtension, State} from 'mdast-util-to-markdown'
import type {Critic, CriticKind} from '../types.js'
import {phrasingSpans} from './unsafe.js'
import '../micromark/tokens.js'

const kindOf: Record<string, CriticKind> = {'{++': 'insert', '{--': 'delete', '{~~': 'substitute', '{==': 'highlight', '{>>': 'comment'}
const marks: Record<Exclude<CriticKind, 'substitute'>, [string, string]> = {
  insert: ['{++', '++}'],
  delete: ['{--', '--}'],
  highlight: ['{==', '==}'],
  comment: ['{>>', '<<}']
}

/** Extension for `mdast-util-from-markdown` that turns `mkdocsCritic` tokens into `critic` nodes. */
export function mkdocsCriticFromMarkdown(): FromMarkdownExtension {
  return {
    canContainEols: ['critic'],
    enter: {mkdocsCritic: enterCritic, mkdocsCriticText: enterText},
    exit: {mkdocsCritic: exitCritic, mkdocsCriticMarker: exitMarker, mkdocsCriticText: exitText}
  }
}

/** Extension for `mdast-util-to-markdown` that writes `critic` nodes back as CriticMarkup. */
export function mkdocsCriticToMarkdown(): ToMarkdownExtension {
  return {
    handlers: {critic},
    unsafe: [{character: '{', inConstruct: 'phrasing', notInConstruct: phrasingSpans, after: '(?:\\+\\+|--|~~|==|>>)'}]
  }
}

function enterCritic(this: CompileContext, token: Token): void {
  this.enter({type: 'critic', kind: 'insert', children: []}, token)
}

// The opening mark says the kind; a substitution's two sides become its `delete` and `insert` children.
function exitMarker(this: CompileContext, token: Token): void {
  const node = this.stack[this.stack.length - 1]
  const mark = this.sliceSerialize(token)
  if (node?.type === 'critic' && node.children.length === 0 && Object.hasOwn(kindOf, mark)) node.kind = kindOf[mark] as CriticKind
}

function enterText(this: CompileContext, token: Token): void {
  const node = this.stack[this.stack.length - 1]
  if (node?.type === 'critic' && node.kind === 'substitute') {
    this.enter({type: 'critic', kind: node.children.length === 0 ? 'delete' : 'insert', children: []}, token)
  }
}

function exitText(this: CompileContext, token: Token): void {
  const node = this.stack[this.stack.length - 1]
  const parent = this.stack[this.stack.length - 2]
  if (node?.type === 'critic' && parent?.type === 'critic' && parent.kind === 'substitute') this.exit(token)
}

function exitCritic(this: CompileContext, token: Token): void {
  this.exit(token)
}

function critic(node: Critic, _parent: Parents | undefined, state: State, info: Info): string {
  const exit = state.enter('critic')
  const tracker = state.createTracker(info)
  let value = ''
  if (node.kind === 'substitute') {
    const [old, replacement] = node.children as Critic[]
    value += tracker.move('{~~')
    value += inner(old, '~')
    value += tracker.move('~>')
    value += inner(replacement, '~')
    value += tracker.move('~~}')
  } else {
    const [open, close] = marks[node.kind]
    value += tracker.move(open)
    value += inner(node, close.charAt(0))
    value += tracker.move(close)
  }
  exit()
  return value

  function inner(part: Critic | undefined, after: string): string {
    if (!part) return ''
    return state.containerPhrasing(part as Parents & {children: PhrasingContent[]}, {...tracker.current(), before: value.at(-1) ?? '', after})
  }
}
