import type {Code} from 'mdast'
import type {Flow} from '../flow.js'
import type {Run} from '../inline/types.js'
import {bodyStyle} from './blocks.js'

/** A code block in the monospaced face on a pale grey ground; long lines wrap at the box edge. */
export function code(node: Code, flow: Flow): void {
  const runs: Run[] = []
  codeText(node).split('\n').forEach((line, index) => {
    if (index > 0) runs.push({kind: 'break'})
    // Indentation is meaning in code; no-break spaces survive the line breaker.
    const text = line.replace(/^ +/, (spaces) => '\u00A0'.repeat(spaces.length))
    if (text) runs.push({kind: 'text', text, marks: {mono: true}, url: true})
  })
  flow.gap(flow.type.size * 0.55)
  flow.struct('Code', () =>
    flow.box({bar: null, tint: '#eeeeee', border: '#bbbbbb', padding: {top: 5, right: 6, bottom: 5, left: 6}}, () =>
      flow.lines(flow.layout(runs, bodyStyle(flow, {size: flow.type.size * 0.82, hyphenate: false})))
    )
  )
}

/** The code as printed: each annotation marker as `(1)`, in place of the text it stands for (`# (1)!` loses its `#`). */
function codeText(node: Code): string {
  const markers = [...(node.data?.annotationMarkers ?? [])].sort((a, b) => b.start - a.start)
  let text = node.value
  for (const marker of markers) text = text.slice(0, marker.start) + `(${marker.number})` + text.slice(marker.end)
  return text
}
