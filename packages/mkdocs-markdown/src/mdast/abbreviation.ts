import type {Extension as FromMarkdownExtension, Handle as FromMarkdownHandle} from 'mdast-util-from-markdown'
import type {Handle, Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import type {Nodes, PhrasingContent, Root, Text} from 'mdast'
import {SKIP, visitParents} from '../visit.js'
import type {Abbreviation, AbbreviationDefinition} from '../types.js'
import '../micromark/tokens.js'

/** Extension for `mdast-util-from-markdown` that turns `mkdocsAbbreviationDefinition` tokens into `abbreviationDefinition` nodes. */
export function mkdocsAbbreviationFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {mkdocsAbbreviationDefinition: enterDefinition},
    exit: {
      mkdocsAbbreviationDefinition: exitDefinition,
      mkdocsAbbreviationDefinitionLabel: exitLabel,
      mkdocsAbbreviationDefinitionTitle: exitTitle
    }
  }
}

/** Extension for `mdast-util-to-markdown` that writes definitions back as `*[X]: meaning` and abbreviations as their text. */
export function mkdocsAbbreviationToMarkdown(): ToMarkdownExtension {
  return {handlers: {abbreviationDefinition, abbreviation}}
}

const enterDefinition: FromMarkdownHandle = function (token) {
  this.enter({type: 'abbreviationDefinition', label: '', title: null} as never, token)
}

const exitDefinition: FromMarkdownHandle = function (token) {
  this.exit(token)
}

const exitLabel: FromMarkdownHandle = function (token) {
  current(this.stack).label = this.sliceSerialize(token).trim()
}

// Python-Markdown removes an abbreviation defined with `""` or `''`.
const exitTitle: FromMarkdownHandle = function (token) {
  const title = this.sliceSerialize(token).trim()
  current(this.stack).title = title === '""' || title === "''" ? null : title
}

/** The definition being read. */
function current(stack: ReadonlyArray<{type: string}>): AbbreviationDefinition {
  const node = stack[stack.length - 1]
  if (node?.type !== 'abbreviationDefinition') throw new Error('Expected an abbreviation definition on the stack: is `mkdocsAbbreviationDefinition()` paired with `mkdocsAbbreviationFromMarkdown()`?')
  return node as unknown as AbbreviationDefinition
}

const abbreviationDefinition: Handle = function (node: AbbreviationDefinition) {
  return `*[${node.label}]: ${node.title ?? '""'}`
}

const abbreviation: Handle = function (node: Abbreviation, _, state, info) {
  return state.containerPhrasing(node, info)
}

// Python-Markdown matches abbreviations between `\b`s, Unicode-aware: these are its word characters.
const word = '[\\p{L}\\p{N}\\p{M}\\p{Pc}]'
const boundary = `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))`

// Text inside these is not the page's prose: it is already an abbreviation, or is not text at all.
const skipped = new Set<Nodes['type']>(['abbreviation', 'attributeList', 'html'])

/**
 * Turn every whole-word occurrence of the page's abbreviations into an `abbreviation` node,
 * as Python-Markdown's `abbr` does: the definitions (`*[X]: ...`) apply to the whole page
 * wherever they stand (even after everything else, as a glossary appended to each page does),
 * in document order, so a later one redefines an abbreviation and `*[X]: ""` removes it. Text
 * in code, URLs and other abbreviations is left alone; definitions stay in the tree (renderers
 * print nothing for them).
 */
export function applyAbbreviations(tree: Root): void {
  const meanings = new Map<string, string>()
  visitParents(tree, 'abbreviationDefinition', function (definition) {
    if (definition.label === '') return
    if (definition.title === null) meanings.delete(definition.label)
    else meanings.set(definition.label, definition.title)
  })
  if (meanings.size === 0) return
  // Longest first, so `HTML5` wins over `HTML`.
  const keys = [...meanings.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  const pattern = new RegExp(`${boundary}(?:${keys.map(escape).join('|')})${boundary}`, 'gu')
  visitParents(tree, function (node, ancestors) {
    if (skipped.has(node.type) || isAutolink(node)) return SKIP
    if (node.type !== 'text') return undefined
    const parent = ancestors[ancestors.length - 1]
    if (!parent || !('children' in parent)) return undefined
    const pieces = split(node, pattern, meanings)
    if (pieces[0] === node) return undefined
    const siblings = parent.children as PhrasingContent[]
    const index = siblings.indexOf(node)
    siblings.splice(index, 1, ...pieces)
    // Carry on after the new nodes: their text needs no second look.
    return [SKIP, index + pieces.length]
  })
}

/** A link that shows its own address (`<https://...>`, a bare URL): its text is a URL, not prose. */
function isAutolink(node: Nodes): boolean {
  if (node.type !== 'link' || node.children.length !== 1 || node.children[0]?.type !== 'text') return false
  const text = node.children[0].value
  return node.url === text || node.url === `mailto:${text}` || node.url === `http://${text}`
}

/** A text node cut at each abbreviation: text, abbreviation, text... (just the node when none). */
function split(node: Text, pattern: RegExp, meanings: ReadonlyMap<string, string>): PhrasingContent[] {
  const pieces: PhrasingContent[] = []
  let last = 0
  for (const match of node.value.matchAll(pattern)) {
    if (match.index > last) pieces.push({type: 'text', value: node.value.slice(last, match.index)})
    pieces.push({type: 'abbreviation', title: meanings.get(match[0]) ?? '', children: [{type: 'text', value: match[0]}]})
    last = match.index + match[0].length
  }
  if (last === 0) return [node]
  if (last < node.value.length) pieces.push({type: 'text', value: node.value.slice(last)})
  return pieces
}

/** A string as a regular expression that matches just it. */
function escape(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')
}
