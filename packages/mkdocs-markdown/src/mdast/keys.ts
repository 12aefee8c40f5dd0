import type {Extension as FromMarkdownExtension, Handle as FromMarkdownHandle} from 'mdast-util-from-markdown'
import type {Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import type {Key, Keys} from '../types.js'
import {withAttributes} from './attributes-to-markdown.js'
import {keyLabel} from './key-names.js'
import {phrasingSpans} from './unsafe.js'
import '../micromark/tokens.js'

/** Extension for `mdast-util-from-markdown` that turns `mkdocsKeys` tokens into `keys` nodes with readable labels. */
export function mkdocsKeysFromMarkdown(): FromMarkdownExtension {
  return {enter: {mkdocsKeys: enterKeys}, exit: {mkdocsKeys: exitKeys, mkdocsKeysKey: exitKey}}
}

/** Extension for `mdast-util-to-markdown` that writes `keys` nodes back as `++ctrl+alt+del++`. */
export function mkdocsKeysToMarkdown(): ToMarkdownExtension {
  return {
    handlers: {keys: withAttributes((node: Keys) => `++${node.keys.map((key) => key.source).join('+')}++`)},
    unsafe: [{character: '+', inConstruct: 'phrasing', notInConstruct: phrasingSpans, after: '\\+'}]
  }
}

const enterKeys: FromMarkdownHandle = function (token) {
  this.enter({type: 'keys', value: '', keys: []}, token)
}

const exitKey: FromMarkdownHandle = function (token) {
  const node = this.stack[this.stack.length - 1]
  if (node?.type !== 'keys') return
  const source = this.sliceSerialize(token)
  node.keys.push(readKey(source))
}

const exitKeys: FromMarkdownHandle = function (token) {
  const node = this.stack[this.stack.length - 1]
  if (node?.type === 'keys') node.value = node.keys.map((key) => key.label).join('+')
  this.exit(token)
}

/** A key as written: quoted text (`"Hello"`, backslash escapes undone) or a key name. */
function readKey(source: string): Key {
  const first = source.charAt(0)
  if (first === '"' || first === "'") {
    return {name: null, label: source.slice(1, -1).replace(/\\(.)/g, '$1').trim(), source}
  }
  return {...keyLabel(source), source}
}
