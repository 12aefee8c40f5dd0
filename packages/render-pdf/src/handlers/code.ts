import type {Code} from 'mdast'
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
 * lays a grey band under the lines it names. Mermaid diagrams print as their source.
 */
export function code(node: Code, flow: Flow): void {
  const options = node.data?.options
  const language = options?.language ?? null
  const highlighted = highlightCode(node.value, language === 'mermaid' ? null : language)
  const start = options?.lineStart ?? null
  const marked = new Set(options?.highlightLines ?? [])
  const width = String((start ?? 1) + highlighted.lines.length - 1).length
  const runs: Run[] = []
  highlighted.lines.forEach((line, index) => {
    if (index > 0) runs.push({kind: 'break'})
    const band: RunMarks = marked.has(index + 1) ? {highlight: true} : {}
    if (start !== null) runs.push({kind: 'text', text: `${String(start + index).padStart(width, '\u00A0')}\u00A0\u00A0`, marks: {mono: true, color: '#6b6b6b'}, url: true})
    line.forEach((token, position) => {
      const category = codeCategory(token.classes)
      const look = category === null ? {} : codeColors.print[category]
      const text = position === 0 ? keepIndent(token.text) : token.text.replace(/ /g, '\u00A0')
      runs.push({kind: 'text', text, marks: {mono: true, ...band, ...look}, url: true})
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
