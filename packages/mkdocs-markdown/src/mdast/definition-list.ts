import type {Extension as FromMarkdownExtension, Handle as FromMarkdownHandle} from 'mdast-util-from-markdown'
import type {Handle, Options as ToMarkdownExtension, Unsafe} from 'mdast-util-to-markdown'
import type {Nodes, Paragraph, Parents, PhrasingContent, Root} from 'mdast'
import type {Position} from 'unist'
import {visit} from '../visit.js'
import type {DefList, DefListDescription, DefListTerm} from '../types.js'
import {blankBetween, listItemSpread} from './list-item-spread.js'
import '../micromark/tokens.js'

/**
 * Extension for `mdast-util-from-markdown` that turns `mkdocsDefListDescription` tokens into
 * `defListDescription` nodes and pairs them with their terms (the lines of the paragraph right
 * before) into `defList` nodes.
 */
export function mkdocsDefListFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {mkdocsDefListDescription: enterDescription},
    exit: {mkdocsDefListDescription: exitDescription},
    transforms: [groupDefinitions, listItemSpread(['defList'])]
  }
}

/** Extension for `mdast-util-to-markdown` that writes `defList` nodes back: term lines, then `:   ` descriptions. */
export function mkdocsDefListToMarkdown(): ToMarkdownExtension {
  return {handlers: {defList, defListTerm}, unsafe: markerUnsafe}
}

// A paragraph line starting with `: ` would become a description.
const markerUnsafe: Unsafe[] = [{character: ':', atBreak: true, after: ' '}]

const enterDescription: FromMarkdownHandle = function (token) {
  this.enter({type: 'defListDescription', spread: false, children: []}, token)
}

const exitDescription: FromMarkdownHandle = function (token) {
  this.exit(token)
}

/**
 * Python-Markdown's rules: the paragraph right before a description holds its terms, one per
 * line; a description after a blank line (below its terms or the previous description) is
 * loose; a term and description right after a definition list join it.
 */
function groupDefinitions(tree: Root): undefined {
  visit(tree, function (node) {
    if (node.type === 'defList' || !('children' in node) || !node.children.some((child) => child.type === 'defListDescription')) return
    const children: Nodes[] = []
    for (const child of node.children as Nodes[]) {
      if (child.type !== 'defListDescription') {
        children.push(child)
        continue
      }
      let above = children[children.length - 1]
      let terms: DefListTerm[] = []
      if (above?.type === 'paragraph') {
        terms = splitTerms(above)
        children.pop()
      }
      // Only a blank line below its terms or the previous description counts: above anything else
      // (a list, a heading) a description without terms must be written after a blank line anyway.
      const related = terms.length > 0 || above?.type === 'defList'
      const gap = related && above?.position && child.position ? child.position.start.line > above.position.end.line + 1 : false
      child.spread = gap || blankBetween(child.children)
      above = children[children.length - 1]
      let list: DefList
      if (above?.type === 'defList') {
        list = above
      } else {
        list = {type: 'defList', children: []}
        const start = terms[0]?.position?.start ?? child.position?.start
        if (start && child.position) list.position = {start, end: child.position.end}
        children.push(list)
      }
      list.children.push(...terms, child)
      if (list.position && child.position) list.position.end = child.position.end
    }
    ;(node as Parents).children = children as never
  })
  return undefined
}

/** The terms of a paragraph: one per line, trimmed, empty ones dropped. */
function splitTerms(paragraph: Paragraph): DefListTerm[] {
  const lines: PhrasingContent[][] = [[]]
  for (const child of paragraph.children) {
    if (child.type !== 'text' || !child.value.includes('\n')) {
      lines[lines.length - 1]!.push(child)
      continue
    }
    child.value.split('\n').forEach(function (part, index) {
      if (index > 0) lines.push([])
      if (part !== '') lines[lines.length - 1]!.push({type: 'text', value: part})
    })
  }
  return lines.flatMap(function (line): DefListTerm[] {
    trimEdges(line)
    if (line.length === 0) return []
    const term: DefListTerm = {type: 'defListTerm', children: line}
    const position = span(line)
    if (position) term.position = position
    return [term]
  })
}

/** Trim white space at the start of the first text and the end of the last one. */
function trimEdges(line: PhrasingContent[]): void {
  const first = line[0]
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '')
  const last = line[line.length - 1]
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '')
  if (first?.type === 'text' && first.value === '') line.shift()
  const end = line[line.length - 1]
  if (end?.type === 'text' && end.value === '') line.pop()
}

/** From the first node with a position to the last, if both have one. */
function span(nodes: PhrasingContent[]): Position | undefined {
  const start = nodes.find((node) => node.position)?.position?.start
  const end = nodes.findLast((node) => node.position)?.position?.end
  return start && end ? {start, end} : undefined
}

const defList: Handle = function (node: DefList, parent, state, info) {
  const exit = state.enter('defList')
  // GFM took a task list item's checkbox off the paragraph that became these terms
  // (`- [ ] term` ⏎ `  : description`); its paragraph handler, which writes it back, never sees them.
  const item = parent?.type === 'listItem' && typeof parent.checked === 'boolean' ? parent : undefined
  let value = item && node.children[0]?.type === 'defListTerm' && item.children.find((child) => child.type !== 'definition') === node ? `[${item.checked ? 'x' : ' '}] ` : ''
  node.children.forEach(function (child, index) {
    const previous = node.children[index - 1]
    if (child.type === 'defListTerm') {
      // A new group of terms after a description needs a blank line, or it would continue it;
      // not after an empty one (`: `), which nothing continues: the blank line would make the
      // description holding this list loose.
      if (previous) value += previous.type === 'defListDescription' && previous.children.length > 0 ? '\n\n' : '\n'
      value += defListTerm(child, node, state, info)
      return
    }
    if (previous) value += child.spread ? '\n\n' : '\n'
    const body = state.containerFlow(child, info)
    value += body === '' ? ': ' : state.indentLines(body, (line, line_, blank) => (line_ === 0 ? ':   ' + line : blank ? '' : '    ' + line))
  })
  exit()
  return value
}

// A term is phrasing, as a paragraph's content: the escapes meant for text apply (`**o*r`, text
// by the rule of three, written `\**o*r` would read as emphasis).
const defListTerm: Handle = function (node: DefListTerm, _, state, info) {
  const exit = state.enter('phrasing')
  const value = state.containerPhrasing(node, info)
  exit()
  return value
}
