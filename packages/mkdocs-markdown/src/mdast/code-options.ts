import type {Code, Root} from 'mdast'
import {visit} from '../visit.js'
import {reservedIds, type CodeOptions} from '../types.js'

// `key="value"`, `key='value'` or `key=value`; `.class`; `#id`; a bare word.
const item = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))|\.([\w#+.-]+)|#([\w-]+)|([^\s{}]+)/g
const shebang = /^#!([\w#+.-]+)[ \t]+(?=\S)/

/**
 * Read what code says beyond its text, as pymdownx does: a fence's info string
 * (```` ``` py title="a.py" linenums="1" hl_lines="2 3" ```` or ```` ``` { .py .copy } ````) into
 * `data.options`, and inline code's `#!python range()` shebang into `lang` (taken off the value).
 */
export function readCodeOptions(tree: Root): void {
  visit(tree, (node) => {
    if (node.type === 'code') {
      // Indented code and bare fences say nothing: renderers take the defaults.
      if (node.lang || node.meta) {
        const options = codeOptions(node)
        // The id is an attribute like `{ #id }` elsewhere: heading ids count it, links may point at it.
        const id = options.id === null ? {} : {attributes: {...node.data?.attributes, id: options.id}, hProperties: {...node.data?.hProperties, id: options.id}}
        node.data = {...node.data, options, ...id}
      }
    } else if (node.type === 'inlineCode' && node.lang === undefined) {
      const match = shebang.exec(node.value)
      if (match?.[1]) {
        node.lang = match[1]
        node.value = node.value.slice(match[0].length)
      }
    }
  })
}

/** The options of one fence. */
export function codeOptions(node: Pick<Code, 'lang' | 'meta'>): CodeOptions {
  const info = [node.lang, node.meta].filter(Boolean).join(' ').trim()
  const braces = info.startsWith('{') && info.endsWith('}')
  const options: CodeOptions = {language: null, title: null, lineStart: null, highlightLines: [], classes: [], id: null}
  let first = true
  for (const [, key, double, single, bare, className, id, word] of (braces ? info.slice(1, -1) : info).matchAll(item)) {
    if (key !== undefined) {
      const value = double ?? single ?? bare ?? ''
      if (key === 'title') options.title = value
      else if (key === 'linenums') options.lineStart = lineStart(value)
      else if (key === 'hl_lines') options.highlightLines = lineList(value)
    } else if (className !== undefined) {
      if (braces && first && options.language === null) options.language = className
      else options.classes.push(className)
    } else if (id !== undefined) {
      if (braces && !(reservedIds as readonly string[]).includes(id)) options.id = id
    } else if (word !== undefined && first && !braces) {
      options.language = word
    }
    first = false
  }
  return options
}

/** `linenums="3"` (or pymdownx's `"3 2 5"`: start, step, special): the first line's number. */
function lineStart(value: string): number | null {
  const start = Number.parseInt(value.trim().split(/\s+/)[0] ?? '', 10)
  return Number.isSafeInteger(start) && start >= 0 ? Math.max(start, 1) : null
}

/** `hl_lines="1 3-5"` as `[1, 3, 4, 5]`; a range is capped so a typo cannot make millions. */
function lineList(value: string): number[] {
  const lines = new Set<number>()
  for (const part of value.trim().split(/[\s,]+/)) {
    const [from, to = from] = part.split('-').map((n) => Number.parseInt(n, 10))
    if (from === undefined || !Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 1) continue
    for (let line = from; line <= Math.min(to ?? from, from + 10_000); line++) lines.add(line)
  }
  return [...lines].sort((a, b) => a - b)
}
