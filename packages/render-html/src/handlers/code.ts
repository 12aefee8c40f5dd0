import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Code, InlineCode} from 'mdast'
import {highlightCode, type CodeToken} from '@samizdat/theme'
import {annotateCode} from './annotations.js'
import type {ContextHandler} from './handler.js'

function tokens(line: CodeToken[]): ElementContent[] {
  return line.map((token) => (token.classes.length === 0 ? {type: 'text', value: token.text} : h('span', {className: token.classes}, token.text)))
}

/**
 * A code block as Material writes it, highlighted at build time (classes only; the colours
 * are the stylesheet's, light and dark): `<div class="language-py highlight">`, a
 * `<span class="filename">` for `title="…"`, then `<pre><code>`. With `linenums` each line
 * starts with `<span class="linenos" data-linenos="N">` (drawn by CSS, so copying the code
 * leaves the numbers out); `hl_lines` marks lines `hll`. Code annotation markers (`# (1)!`)
 * go in after highlighting, at their ranges of the text. Mermaid stays its source, in
 * `<pre class="mermaid">`: no diagram script runs.
 */
export const code: ContextHandler<Code> = (state, node, _parent, context) => {
  const options = node.data?.options
  const language = options?.language ?? null
  let result: Element
  let text: Element
  if (language === 'mermaid') {
    text = h('code', {}, node.value)
    result = h('pre', {className: ['mermaid']}, [text])
  } else {
    const highlighted = highlightCode(node.value, language)
    const start = options?.lineStart ?? null
    const marked = new Set(options?.highlightLines ?? [])
    const wrap = start !== null || marked.size > 0
    const lines: ElementContent[] = []
    highlighted.lines.forEach((line, index) => {
      const content = tokens(line)
      if (wrap) {
        const number = start === null ? [] : [h('span', {className: ['linenos'], dataLinenos: `${start + index} `})]
        lines.push(h('span', {className: marked.has(index + 1) ? ['line', 'hll'] : ['line']}, [...number, ...content]))
      } else {
        lines.push(...content)
      }
      if (index < highlighted.lines.length - 1) lines.push({type: 'text', value: '\n'})
    })
    const className = language === null ? ['highlight'] : [`language-${language}`, 'highlight']
    text = h('code', language === null ? {} : {className: [`language-${language}`]}, lines)
    result = h('div', {className: [...className, ...(options?.classes ?? [])]}, [
      ...(options?.title ? [h('span', {className: ['filename']}, options.title)] : []),
      h('pre', {}, [text])
    ])
  }
  annotateCode(text, node, context)
  state.patch(node, result)
  return state.applyData(node, result)
}

/** Inline code; with a `#!python` language (pymdownx.inlinehilite), highlighted: `<code class="highlight language-python">`. */
export const inlineCode: ContextHandler<InlineCode> = (state, node) => {
  const lang = node.lang
  const children: ElementContent[] = lang === undefined ? [{type: 'text', value: node.value}] : highlightCode(node.value, lang).lines.flatMap((line, index) => [...(index > 0 ? [{type: 'text', value: ' '} as const] : []), ...tokens(line)])
  const result = h('code', lang === undefined ? {} : {className: ['highlight', `language-${lang}`]}, children)
  state.patch(node, result)
  return state.applyData(node, result)
}
