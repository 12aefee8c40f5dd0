import type {Code} from 'mdast'
import type {CodeAnnotationMarker} from '@samizdat/mkdocs-markdown'
import {codeCategory, codeColors, highlightCode} from '@samizdat/theme'
import type {Flow} from '../flow.js'
import type {Run, RunMarks} from '../inline/types.js'
import {bodyStyle} from './blocks.js'

// Indentation is meaning in code; no-break spaces survive the line breaker.
function keepIndent(text: string): string {
  return text.replace(/^ +/, (spaces) => '\u00A0'.repeat(spaces.length))
}

/**
 * A code block in the monospaced face on a pale grey ground; long lines wrap at the box edge.
 * Highlighted as on the site, in print styles that stay apart in greyscale (keywords bold,
 * comments grey italic); `title` prints above it, `linenums` numbers the lines, `hl_lines`
 * lays a grey band under the lines it names, code annotation markers print as a bold `(1)`.
 * Mermaid diagrams print as their source.
 */
export function code(node: Code, flow: Flow): void {
  const options = node.data?.options
  const language = options?.language ?? null
  const highlighted = highlightCode(node.value, language === 'mermaid' ? null : language)
  const start = options?.lineStart ?? null
  const marked = new Set(options?.highlightLines ?? [])
  const width = String((start ?? 1) + highlighted.lines.length - 1).length
  const runs: Run[] = []
  // Annotation markers print as `(1)` in place of the text they stand for (`# (1)!` loses its `#`).
  const markers = [...(node.data?.annotationMarkers ?? [])].sort((x, y) => x.start - y.start)
  let offset = 0
  highlighted.lines.forEach((line, index) => {
    if (index > 0) {
      runs.push({kind: 'break'})
      offset += 1
    }
    const band: RunMarks = marked.has(index + 1) ? {highlight: true} : {}
    if (start !== null) runs.push({kind: 'text', text: `${String(start + index).padStart(width, '\u00A0')}\u00A0\u00A0`, marks: {mono: true, color: '#6b6b6b'}, url: true})
    line.forEach((token, position) => {
      const category = codeCategory(token.classes)
      const look = category === null ? {} : codeColors.print[category]
      for (const piece of withMarkers(token.text, offset, markers)) {
        if (piece.marker !== undefined) {
          runs.push({kind: 'text', text: `(${piece.marker})`, marks: {mono: true, bold: true, ...band}, url: true})
          continue
        }
        const text = position === 0 && piece.start === 0 ? keepIndent(piece.text) : piece.text.replace(/ /g, '\u00A0')
        runs.push({kind: 'text', text, marks: {mono: true, ...band, ...look}, url: true})
      }
      offset += token.text.length
    })
  })
  flow.gap(flow.type.size * 0.55)
  flow.struct('Code', () => {
    if (options?.title) flow.paragraph([{kind: 'text', text: options.title, marks: {mono: true, bold: true}, url: true}], bodyStyle(flow, {size: flow.type.size * 0.82, hyphenate: false}), {keepWithNext: flow.type.size * 3})
    flow.box({bar: null, tint: '#eeeeee', border: '#bbbbbb', padding: {top: 5, right: 6, bottom: 5, left: 6}}, () =>
      flow.lines(flow.layout(runs, bodyStyle(flow, {size: flow.type.size * 0.82, hyphenate: false})))
    )
  })
}

/**
 * A token's text (starting at `offset` in the code) cut around the annotation markers' ranges: the
 * text outside them, and each marker's number where its range starts. Highlighting keeps the
 * code's text, so the ranges, offsets in `code.value`, still hold across tokens.
 */
function withMarkers(text: string, offset: number, markers: readonly CodeAnnotationMarker[]): Array<{text: string; start: number; marker?: number}> {
  const pieces: Array<{text: string; start: number; marker?: number}> = []
  const end = offset + text.length
  let at = offset
  for (const marker of markers) {
    if (marker.end <= at || marker.start >= end) continue
    if (marker.start > at) pieces.push({text: text.slice(at - offset, marker.start - offset), start: at - offset})
    if (marker.start >= offset) pieces.push({text: '', start: marker.start - offset, marker: marker.number})
    at = Math.min(marker.end, end)
  }
  if (at < end) pieces.push({text: text.slice(at - offset), start: at - offset})
  return pieces
}
