import type {Annotation, AnnotationMarker, Annotations} from '@samizdat/mkdocs-markdown'
import type {Flow} from '../flow.js'
import type {Run} from '../inline/types.js'
import {listItem} from './list.js'

/** An annotation's marker: its number in parentheses, small and raised, like a note's call. */
export function annotationMarker(node: AnnotationMarker): Run[] {
  return [{kind: 'raised', text: `(${node.number})`}]
}

/** The notes of an annotated block, right after it: each under its number, as a list. */
export function annotations(node: Annotations, flow: Flow): void {
  flow.gap(flow.type.size * 0.3)
  flow.struct('L', () => {
    for (const note of node.children) annotation(note, flow)
  })
}

/** One note: `(1)` beside its blocks. */
export function annotation(node: Annotation, flow: Flow): void {
  listItem({type: 'listItem', children: node.children}, flow, `(${node.number})`)
}
