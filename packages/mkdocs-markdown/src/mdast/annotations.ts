import type {Code, List, Nodes, Parents, PhrasingContent, Root, Text} from 'mdast'
import type {Handle, Join, Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import {SKIP, visit} from '../visit.js'
import type {Annotation, AnnotationMarker, Annotations, CodeAnnotationMarker} from '../types.js'

/** What changes where annotations are found. */
export interface AnnotationOptions {
  /**
   * Material's `content.code.annotate`: markers in every code block's comments (default `true`).
   * Without it, only code blocks with the `annotate` class (`` ``` { .yaml .annotate } ``) have them.
   */
  codeAnnotations?: boolean | undefined
}

/** Extension for `mdast-util-to-markdown` that writes markers back as `(1)` and annotations as the ordered list they were. */
export function mkdocsAnnotationToMarkdown(): ToMarkdownExtension {
  return {handlers: {annotationMarker, annotations}, join: [listAfterAnnotations]}
}

/**
 * An ordered list right after annotations would continue their list (`1. A` then `0)` came back as
 * one list of two annotations). Between two lists the second takes the other delimiter, but the
 * writer forgets the delimiter after any node that is not a list; a join runs just before the next
 * node is written, so it tells the writer the delimiter the annotations used. It joins nothing.
 */
const listAfterAnnotations: Join = function (left, right, _, state) {
  if (left.type === 'annotations' && right.type === 'list' && right.ordered) state.bulletLastUsed = state.options.bulletOrdered ?? '.'
  return undefined
}

const annotationMarker: Handle = function (node: AnnotationMarker) {
  return `(${node.number})`
}

const annotations: Handle = function (node: Annotations, _, state, info) {
  const list: List = {type: 'list', ordered: true, start: 1, spread: true, children: node.children.map((item) => ({type: 'listItem', spread: true, children: item.children}))}
  return state.handle(list, undefined, state, info)
}

// Material's markers: `(1)` in text; in code, `(1)` in a comment, or `(1)!` for a whole comment.
const textMarker = /\((\d+)\)/g
const codeMarker = /\((\d+)\)(!)?/g
// Where a comment starts: at a line start or after white space, so `a#b` and `http://` are not comments.
const commentStart = /(?<=^|\s)(?:#|\/\/|\/\*|<!--|--|;|%)/g
const commentEnd: Record<string, RegExp> = {'/*': /\*\//, '<!--': /-->/}

/**
 * Material for MkDocs annotations: in a block marked `annotate` (`{ .annotate }`, `!!! note
 * annotate`, a `<div class="annotate">`), each `(n)` whose `n` is an item of the ordered list
 * right after the block becomes an `annotationMarker`, and that list becomes the block's
 * `annotations`. In code blocks (all of them with `codeAnnotations`, else those marked
 * `annotate`) only comments hold markers, and `(n)!` stands for the whole comment; the markers
 * are ranges of `data.annotationMarkers`, the code's text is unchanged. A block with no marker
 * keeps its list as a list. Markers in a nested annotated block belong to that block.
 */
export function applyAnnotations(tree: Root, options: AnnotationOptions = {}): void {
  const codeAnnotations = options.codeAnnotations ?? true
  let groups = 0
  visit(tree, function (node) {
    if (!('children' in node)) return
    const children = node.children as Nodes[]
    children.forEach(function (block, index) {
      const list = children[index + 1]
      if (list?.type !== 'list' || !list.ordered) return
      const count = list.children.length
      const group = groups + 1
      let found: boolean
      if (block.type === 'code') {
        if (!codeAnnotations && !isAnnotated(block)) return
        found = markCode(block, count, group)
      } else {
        if (!isAnnotated(block)) return
        found = markText(block, count, group)
      }
      if (!found) return
      groups = group
      const result: Annotations = {
        type: 'annotations',
        group,
        children: list.children.map((item, i): Annotation => ({type: 'annotation', number: i + 1, children: item.children}))
      }
      if (list.position) result.position = list.position
      children[index + 1] = result
    })
  })
}

/** Whether a block asks for annotations: the `annotate` class, however it got it. */
function isAnnotated(node: Nodes): boolean {
  if (node.type === 'admonition' && node.classes.includes('annotate')) return true
  if (node.data?.attributes?.classes?.includes('annotate')) return true
  const className: unknown = node.data?.hProperties?.['className']
  const classes = Array.isArray(className) ? className : typeof className === 'string' ? className.split(/\s+/) : []
  if (classes.includes('annotate')) return true
  return node.type === 'code' && /(?:^|[\s{])\.annotate(?=[\s}]|$)/.test(`${node.lang ?? ''} ${node.meta ?? ''}`)
}

/** Turn the markers in a block's text into nodes; whether any was found. */
function markText(block: Nodes, count: number, group: number): boolean {
  let found = false
  visit(block, function (node, index, parent) {
    if (node !== block && isAnnotated(node)) return SKIP
    // A nested annotated block's own list is its business, not ours.
    if (parent && index !== undefined && index > 0 && node.type === 'list' && isAnnotated((parent.children as Nodes[])[index - 1]!)) return SKIP
    if (node.type === 'html' || node.type === 'attributeList') return SKIP
    if (node.type !== 'text' || !parent || index === undefined) return undefined
    const pieces = splitText(node, count, group)
    if (!pieces) return undefined
    found = true
    ;(parent as Parents).children.splice(index, 1, ...(pieces as never[]))
    return [SKIP, index + pieces.length]
  })
  return found
}

/** A text node cut at its markers (numbers with no list item stay text), or nothing when it has none. */
function splitText(node: Text, count: number, group: number): PhrasingContent[] | undefined {
  const pieces: PhrasingContent[] = []
  let last = 0
  for (const match of node.value.matchAll(textMarker)) {
    const number = Number(match[1])
    if (number < 1 || number > count) continue
    if (match.index > last) pieces.push({type: 'text', value: node.value.slice(last, match.index)})
    pieces.push({type: 'annotationMarker', number, group})
    last = match.index + match[0].length
  }
  if (last === 0) return undefined
  if (last < node.value.length) pieces.push({type: 'text', value: node.value.slice(last)})
  return pieces
}

/** Record the markers in a code block's comments; whether any was found. */
function markCode(code: Code, count: number, group: number): boolean {
  const markers: CodeAnnotationMarker[] = []
  let lineStart = 0
  for (const line of code.value.split('\n')) {
    for (const opener of line.matchAll(commentStart)) {
      const close = commentEnd[opener[0]]?.exec(line.slice(opener.index + opener[0].length))
      const end = close ? opener.index + opener[0].length + close.index + close[0].length : line.length
      const comment = line.slice(opener.index, end)
      for (const match of comment.matchAll(codeMarker)) {
        const number = Number(match[1])
        if (number < 1 || number > count) continue
        if (match[2]) {
          markers.push({number, start: lineStart + opener.index, end: lineStart + end})
          break
        }
        const start = lineStart + opener.index + match.index
        markers.push({number, start, end: start + match[0].length})
      }
      // One comment runs to the end of the line (or its closer): no second opener inside it.
      if (!close) break
    }
    lineStart += line.length + 1
  }
  if (markers.length === 0) return false
  code.data = {...code.data, annotationGroup: group, annotationMarkers: markers}
  return true
}
