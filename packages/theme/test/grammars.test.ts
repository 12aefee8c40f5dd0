import {all, createLowlight} from 'lowlight'
import {describe, expect, it} from 'vitest'
import {highlightCode} from '@samizdat/theme'
import {grammars, grammarsVersion} from '../src/grammars.js'
// @ts-expect-error: a plain script, shared with scripts/grammars.mjs
import {grammarTable} from '../scripts/grammar-table.mjs'

// Code that wakes most grammars' embedded languages: HTML with style and script, template tags,
// SQL in strings, an HTTP message with a JSON body.
const sample = [
  '<!doctype html><style>a { color: red }</style><script>const x = `<b>${y}</b>`; // c</script>',
  '{{#if a}}{% if b %}<?php echo "SELECT * FROM t"; ?>{% endif %}{{/if}} <%= ruby %>',
  'POST /a HTTP/1.1\nContent-Type: application/json\n\n{"a": [1, 2, "s"]}',
  'def f(x):\n    return "s"  # note\n$ ls -la | grep x\n-- comment\nlet a = 1 in a'
].join('\n')

describe('grammars', () => {
  it('is the table the installed highlight.js gives (run scripts/grammars.mjs after an upgrade)', () => {
    const {version, table} = grammarTable() as {version: string; table: Record<string, string[]>}
    expect(grammarsVersion).toBe(version)
    expect(grammars).toEqual(table)
  })

  // Run before the next test registers every grammar in order.
  it('gives an alias two grammars claim to the same one, whichever a page needed first', () => {
    const everything = createLowlight(all)
    const code = 'a = 1 -> b\n[var(\'x\') = 2]'
    for (const name of ['livescript', 'lasso', 'ls']) highlightCode(code, name)
    expect(highlightCode(code, 'ls').lines).toEqual(highlightFromTree(everything.highlight('ls', code)))
  })

  it('highlights every name and alias as highlight.js does with every grammar registered', () => {
    const everything = createLowlight(all)
    // Less the names highlightCode takes for plain text on purpose (pymdownx's `text`).
    const names = Object.keys(grammars).filter((name) => !['text', 'txt', 'plain', 'plaintext', 'none'].includes(name))
    expect(names.length).toBeGreaterThan(190)
    for (const name of names) {
      const {lines, language} = highlightCode(sample, name)
      const tree = everything.highlight(name, sample)
      expect(language, name).toBe((tree.data as {language?: string}).language)
      // The same classes on the same text, line by line.
      const again = highlightFromTree(tree)
      expect(lines, name).toEqual(again)
    }
  })
})

// The lines and classes highlightCode makes of a lowlight tree (its walk, kept apart here so
// the comparison does not go through the code under test).
function highlightFromTree(tree: ReturnType<ReturnType<typeof createLowlight>['highlight']>) {
  const lines: Array<Array<{text: string; classes: string[]}>> = [[]]
  const walk = (nodes: typeof tree.children, classes: string[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        node.value.split('\n').forEach((text, index) => {
          if (index > 0) lines.push([])
          if (text !== '') lines.at(-1)!.push({text, classes})
        })
      } else if (node.type === 'element') {
        const value = node.properties['className']
        walk(node.children, Array.isArray(value) ? value.map(String) : classes)
      }
    }
  }
  walk(tree.children, [])
  return lines
}
