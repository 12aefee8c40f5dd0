// Time build-time code highlighting on a real docs folder: every code block of every page,
// through the theme's highlightCode (what the HTML and PDF renderers call).
// Usage: npx turbo build && node apps/bench/src/highlight.mjs DOCS_DIR
import {loadSite} from '@samizdat/model'
import {highlightCode} from '@samizdat/theme'

const dir = process.argv[2]
if (!dir) {
  console.error('usage: node apps/bench/src/highlight.mjs DOCS_DIR')
  process.exit(2)
}
const bundle = await loadSite(dir)
const blocks = []
const walk = (node) => {
  if (node.type === 'code') blocks.push(node)
  for (const child of node.children ?? []) walk(child)
}
for (const page of bundle.pages) walk(page.tree)
const language = (block) => block.data?.options?.language ?? null

let start = performance.now()
highlightCode('x = 1', 'python')
const load = performance.now() - start
const languages = new Map()
start = performance.now()
for (const block of blocks) {
  const name = highlightCode(block.value, language(block)).language ?? '(plain)'
  languages.set(name, (languages.get(name) ?? 0) + 1)
}
const first = performance.now() - start
const rounds = 5
start = performance.now()
for (let round = 0; round < rounds; round++) for (const block of blocks) highlightCode(block.value, language(block))
const warm = (performance.now() - start) / rounds
const lines = blocks.reduce((sum, block) => sum + block.value.split('\n').length, 0)
const per = (ms) => (blocks.length === 0 ? 0 : ms / blocks.length).toFixed(3)
console.log(`${blocks.length} code blocks, ${lines} lines in ${bundle.pages.length} pages`)
console.log(`grammars loaded in ${load.toFixed(0)} ms; first pass ${first.toFixed(0)} ms (${per(first)} ms a block); warm ${warm.toFixed(0)} ms (${per(warm)} ms a block)`)
console.log([...languages].sort((a, b) => b[1] - a[1]).map(([name, count]) => `${name} ${count}`).join(', '))
