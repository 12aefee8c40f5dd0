import type {Extension as FromMarkdownExtension, Handle as FromMarkdownHandle} from 'mdast-util-from-markdown'
import type {Options as ToMarkdownExtension, Unsafe} from 'mdast-util-to-markdown'
import {smartSymbols} from '../micromark/smart-symbols.js'
import type {SmartSymbol} from '../types.js'
import {phrasingSpans} from './unsafe.js'
import '../micromark/tokens.js'

/** Extension for `mdast-util-from-markdown` that turns `mkdocsSmartSymbol` tokens into `smartSymbol` nodes. */
export function mkdocsSmartSymbolsFromMarkdown(): FromMarkdownExtension {
  return {enter: {mkdocsSmartSymbol: enterSymbol}, exit: {mkdocsSmartSymbol: exitSymbol}}
}

/** Extension for `mdast-util-to-markdown` that writes `smartSymbol` nodes as written and escapes text that would read as one. */
export function mkdocsSmartSymbolsToMarkdown(): ToMarkdownExtension {
  return {handlers: {smartSymbol: (node: SmartSymbol) => node.source}, unsafe: symbolUnsafe}
}

const notInConstruct = phrasingSpans
// Each breaks the symbol with the one character a backslash (or a character reference) can escape.
const symbolUnsafe: Unsafe[] = [
  {character: '(', inConstruct: 'phrasing', notInConstruct, after: '(?:c|r|tm)\\)'},
  {character: '+', inConstruct: 'phrasing', notInConstruct, after: '/-'},
  {character: '=', inConstruct: 'phrasing', notInConstruct, after: '/='},
  {character: '/', inConstruct: 'phrasing', notInConstruct, before: 'c', after: 'o'},
  {character: '/', inConstruct: 'phrasing', notInConstruct, before: '[0-9]', after: '[0-9]'},
  {character: '-', inConstruct: 'phrasing', notInConstruct, after: '->'},
  {character: '<', inConstruct: 'phrasing', notInConstruct, after: '--'},
  {character: 's', inConstruct: 'phrasing', notInConstruct, before: '[0-9]', after: 't'},
  {character: 'n', inConstruct: 'phrasing', notInConstruct, before: '[0-9]', after: 'd'},
  {character: 'r', inConstruct: 'phrasing', notInConstruct, before: '[0-9]', after: 'd'},
  {character: 't', inConstruct: 'phrasing', notInConstruct, before: '[0-9]', after: 'h'}
]

const enterSymbol: FromMarkdownHandle = function (token) {
  const source = this.sliceSerialize(token)
  this.enter({type: 'smartSymbol', value: smartSymbols.get(source) ?? source, source}, token)
}

const exitSymbol: FromMarkdownHandle = function (token) {
  this.exit(token)
}
