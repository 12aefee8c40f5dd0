import {codes} from 'micromark-util-symbol'
import type {Extension} from 'micromark-util-types'
import {mathFlow, mathFlowLookahead} from './math-flow.js'
import {mathText} from './math-text.js'

/**
 * Extension for `micromark` for math as pymdownx.arithmatex (generic mode) reads it: `$...$`
 * and `\(...\)` inline (`mkdocsMathText`), `$$...$$`, `\[...\]` and `\begin{env}...\end{env}`
 * blocks (`mkdocsMathFlow`, with a look ahead at the start of each line for whether it closes).
 */
export function mkdocsMath(): Extension {
  return {
    document: {[codes.dollarSign]: mathFlowLookahead, [codes.backslash]: mathFlowLookahead},
    flow: {[codes.dollarSign]: mathFlow, [codes.backslash]: mathFlow},
    text: {[codes.dollarSign]: mathText, [codes.backslash]: mathText}
  }
}
