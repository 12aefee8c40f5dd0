import type {Math} from '@samizdat/mkdocs-markdown'
import type {Flow} from '../flow.js'
import type {Run} from '../inline/types.js'
import {bodyStyle} from './blocks.js'

/**
 * A block of math prints its TeX in the code face, centred in a light frame: exact and
 * readable on paper, where a browser's MathML layout is not available.
 */
export function math(node: Math, flow: Flow): void {
  const runs: Run[] = []
  node.value.split('\n').forEach((line, index) => {
    if (index > 0) runs.push({kind: 'break'})
    runs.push({kind: 'text', text: line.replace(/^ +/, (spaces) => '\u00A0'.repeat(spaces.length)), marks: {mono: true}, url: true})
  })
  flow.gap(flow.type.size * 0.55)
  flow.struct('Formula', () =>
    flow.box({bar: null, tint: null, border: '#bbbbbb', padding: {top: 5, right: 8, bottom: 5, left: 8}}, () =>
      flow.lines(flow.layout(runs, bodyStyle(flow, {size: flow.type.size * 0.9, hyphenate: false})))
    )
  )
}
