import type {Element, ElementContent, Text} from 'hast'
import {h} from 'hastscript'
import type {Code, Root} from 'mdast'
import type {AnnotationMarker, Annotations, CodeAnnotationMarker} from '@samizdat/mkdocs-markdown'
import type {RenderContext} from '../types.js'
import type {ContextHandler} from './handler.js'

/** The id of an annotation's note on the page: unique per annotated block and number. */
function noteId(group: number, number: number): string {
  return `__annotation_${group}_${number}`
}

/**
 * A marker: a small round button that opens its note, with no script (the `popover`
 * attribute). Screen readers hear "Annotation 1, button, collapsed"; the browser links the
 * button to the note it opens.
 */
function markerButton(group: number, number: number, context: RenderContext): Element {
  return h(
    'button',
    {type: 'button', className: ['md-annotation'], popoverTarget: noteId(group, number), ariaLabel: `${context.strings.annotation} ${number}`},
    [h('span', {className: ['md-annotation__index'], ariaHidden: 'true'}, String(number))]
  )
}

/** `(1)` in an annotated block: its marker. */
export const annotationMarker: ContextHandler<AnnotationMarker> = (state, node, _parent, context) => {
  const result = markerButton(node.group, node.number, context)
  state.patch(node, result)
  return result
}

/**
 * The notes of an annotated block, right after it: one popover per item, hidden until its
 * marker opens it (a browser without popovers shows them as blocks, so nothing is lost).
 */
export const annotations: ContextHandler<Annotations> = (state, node, _parent, context) => {
  const notes = node.children.map((note) =>
    h(
      'div',
      {className: ['md-annotation__note'], id: noteId(node.group, note.number), popover: 'auto', role: 'note', ariaLabel: `${context.strings.annotation} ${note.number}`},
      state.all({type: 'root', children: note.children} as Root)
    )
  )
  const result = h('div', {className: ['md-annotations']}, notes)
  state.patch(node, result)
  return result
}

/**
 * Put a code block's annotation markers (`code.data.annotationMarkers`, ranges in `code.value`)
 * into its rendered `<code>` element, in place of the text they stand for (`(1)`, or the whole
 * comment for `# (1)!`), whatever highlighting spans the text sits in: those keep the text, so
 * the offsets still hold.
 */
export function annotateCode(element: Element, node: Code, context: RenderContext): void {
  const markers = node.data?.annotationMarkers
  const group = node.data?.annotationGroup
  if (markers && group !== undefined) insertCodeMarkers(element, markers, (number) => markerButton(group, number, context))
}

/** Replace the text ranges of `markers` (offsets in the text of `element`) with marker buttons. */
function insertCodeMarkers(element: Element, markers: readonly CodeAnnotationMarker[], button: (number: number) => Element): void {
  const sorted = [...markers].sort((a, b) => a.start - b.start)
  let offset = 0
  let next = 0
  walk(element)

  function walk(parent: Element): void {
    const children: ElementContent[] = []
    for (const child of parent.children) {
      if (child.type === 'element') {
        walk(child)
        children.push(child)
      } else if (child.type === 'text') {
        children.push(...cut(child))
      } else {
        children.push(child)
      }
    }
    parent.children = children
  }

  /** A text node without the marked ranges inside it; a button where each range starts. */
  function cut(text: Text): ElementContent[] {
    const start = offset
    const end = start + text.value.length
    offset = end
    const pieces: ElementContent[] = []
    let at = start
    while (next < sorted.length && sorted[next]!.start < end) {
      const marker = sorted[next]!
      if (marker.start >= at) {
        if (marker.start > at) pieces.push({type: 'text', value: text.value.slice(at - start, marker.start - start)})
        pieces.push(button(marker.number))
      }
      // A range that runs past this text node (split by highlighting) is cut from the next ones too.
      at = Math.min(Math.max(at, marker.end), end)
      if (marker.end > end) break
      next++
    }
    if (at < end) pieces.push({type: 'text', value: text.value.slice(at - start)})
    return pieces
  }
}
