import {codes} from 'micromark-util-symbol'
import type {Extension} from 'micromark-util-types'
import {spanMarkers} from './span-markers.js'

/** Extension for `micromark` for `^^insert^^` and `x^2^` (pymdownx.caret): `mkdocsInsert` and `mkdocsSuperscript` tokens. */
export function mkdocsCaret(): Extension {
  return spanMarkers({marker: codes.caret, temporary: 'mkdocsCaretSequenceTemporary', single: 'mkdocsSuperscript', double: 'mkdocsInsert'})
}
