import type {Element, ElementContent, Root} from 'hast'
import {all, createLowlight} from 'lowlight'
import {lazy} from './lazy.js'

/** One run of code text and the highlighter's classes for it (`['hljs-title', 'function_']`, or none). */
export interface CodeToken {
  text: string
  classes: string[]
}

/** Code split into lines of tokens, and the language it was highlighted as (null: plain text). */
export interface HighlightedCode {
  language: string | null
  lines: CodeToken[][]
}

// highlight.js's 192 grammars are registered at once (about 0.1 s, once per process): a guide
// names its languages freely (`py`, `yaml`, `console`), and aliases resolve through them.
const highlighter = lazy(() => createLowlight(all))

// Names that mean "no highlighting" in pymdownx (`text`) or are not languages (`mermaid` diagrams).
const plain = new Set(['text', 'txt', 'plain', 'plaintext', 'none', 'mermaid'])

/**
 * Highlight code at build time with highlight.js (through lowlight), as classes rather than
 * colours, so each renderer picks its own palette. An unknown or missing language gives the
 * code as plain text, never an error. Shared by the HTML and PDF renderers.
 */
export function highlightCode(code: string, language: string | null | undefined): HighlightedCode {
  const name = language?.toLowerCase() ?? ''
  const lowlight = highlighter()
  const known = name !== '' && !plain.has(name) && lowlight.registered(name)
  const tree: Root = known ? lowlight.highlight(name, code) : {type: 'root', children: [{type: 'text', value: code}]}
  const lines: CodeToken[][] = [[]]
  const walk = (nodes: Array<Root['children'][number] | ElementContent>, classes: string[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        node.value.split('\n').forEach((text, index) => {
          if (index > 0) lines.push([])
          if (text !== '') (lines.at(-1) as CodeToken[]).push({text, classes})
        })
      } else if (node.type === 'element') {
        walk(node.children, classNames(node) ?? classes)
      }
    }
  }
  walk(tree.children, [])
  // A final line ending closes the last line; it does not start another.
  if (lines.length > 1 && lines.at(-1)?.length === 0 && code.endsWith('\n')) lines.pop()
  return {language: known ? (tree.data as {language?: string} | undefined)?.language ?? name : null, lines}
}

function classNames(node: Element): string[] | undefined {
  const value = node.properties['className']
  return Array.isArray(value) ? value.map(String) : undefined
}
