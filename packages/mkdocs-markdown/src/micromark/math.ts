import {codes} from 'micromark-util-symbol'
import type {Extension} from 'micromark-util-types'
import {mathFlow} from './math-flow.js'
import {mathText} from './math-text.js'

/**
 * Extension for `micromark` for math as pymdownx.arithmatex (generic mode) reads it: `$...$`
 * and `\(...\)` inline (`mkdocsMathText`), `$$...$$`, `\[...\]` and `\begin{env}...\end{env}`
 * blocks (`mkdocsMathFlow`).
 */
export function mkdocsMath(): Extension {
  return {
    flow: {[codes.dollarSign]: mathFlow, [codes.backslash]: mathFlow},
    text: {[codes.dollarSign]: mathText, [codes.backslash]: mathText}
  }
}
