import {codes} from 'micromark-util-symbol'
import type {Extension} from 'micromark-util-types'
import {spanMarkers} from './span-markers.js'

/**
 * Extension for `micromark` for `H~2~O` (pymdownx.tilde): `mkdocsSubscript` tokens. `~~delete~~`
 * stays GFM strikethrough's (with `singleTilde: false`, so a single `~` is ours).
 */
export function mkdocsTilde(): Extension {
  return spanMarkers({marker: codes.tilde, temporary: 'mkdocsTildeSequenceTemporary', single: 'mkdocsSubscript'})
}
