import type {Element, ElementContent, Root} from 'hast'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {LanguageFn} from 'highlight.js'
import type {createLowlight as CreateLowlight} from 'lowlight'
import {grammarNames, grammars} from './grammars.js'
import {lazy} from './lazy.js'
import {requirePackage} from './require-package.js'

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

// Only the grammars a page's code needs are loaded (importing all 192 costs about 0.15 s in
// every process that renders, most of them never used); grammars.ts says which grammars each
// name or alias (`py`, `yaml`, `console`) needs, embedded languages included, so the result is
// what highlight.js gives with every grammar registered (test/grammars.test.ts compares).
//
// lowlight's entry point imports every grammar to export `all` and `common`: its core module,
// which the entry point re-exports, is taken directly instead (its package exports only the
// entry point, hence the path).
const {createLowlight} = (await import(pathToFileURL(path.join(path.dirname(requirePackage.resolve('lowlight')), 'lib', 'index.js')).href)) as {createLowlight: typeof CreateLowlight}
const highlighter = lazy(() => createLowlight())
const loaded = new Set<string>()
// A grammar that detects its embedded code among every language (`http`'s body) needs them
// all, registered in lowlight's order: ties in detection go to the first registered.
const everything = lazy(() => {
  const lowlight = createLowlight()
  for (const name of grammarNames) lowlight.register(name, grammar(name))
  return lowlight
})

// Synchronously, as the renderers highlight: the CommonJS build of the same grammar.
const grammar = (name: string) => requirePackage(`highlight.js/lib/languages/${name}`) as LanguageFn

/** The highlighter for `name` (a known name or alias), with every grammar it needs registered. */
function highlighterFor(name: string) {
  const needs = grammars[name]!
  if (needs.includes('*')) return everything()
  const lowlight = highlighter()
  for (const file of needs) {
    if (loaded.has(file)) continue
    lowlight.register(file, grammar(file))
    loaded.add(file)
  }
  // Two grammars claim `ls` and `ml`; it is the one registered last among all of them.
  if (needs[0] !== name) lowlight.registerAlias(needs[0]!, name)
  return lowlight
}

// Names that mean "no highlighting" in pymdownx (`text`) or are not languages (`mermaid` diagrams).
const plain = new Set(['text', 'txt', 'plain', 'plaintext', 'none', 'mermaid'])

/**
 * Highlight code at build time with highlight.js (through lowlight), as classes rather than
 * colours, so each renderer picks its own palette. An unknown or missing language gives the
 * code as plain text, never an error. Shared by the HTML and PDF renderers.
 */
export function highlightCode(code: string, language: string | null | undefined): HighlightedCode {
  const name = language?.toLowerCase() ?? ''
  const known = name !== '' && !plain.has(name) && Object.hasOwn(grammars, name)
  const tree: Root = known ? highlighterFor(name).highlight(name, code) : {type: 'root', children: [{type: 'text', value: code}]}
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
