import {codes} from 'micromark-util-symbol'
import type {Extension} from 'micromark-util-types'
import {spanMarkers} from './span-markers.js'

/** Extension for `micromark` for `==mark==` (pymdownx.mark): `mkdocsMark` tokens. */
export function mkdocsMark(): Extension {
  return spanMarkers({marker: codes.equalsTo, temporary: 'mkdocsMarkSequenceTemporary', double: 'mkdocsMark'})
}
