import {createRequire} from 'node:module'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import type {Root} from 'mdast'
import type {Node} from 'unist'
import {unified, type CompileResults, type Processor} from 'unified'
import {mkdocsProcessor, remarkMkdocs} from '@samizdat/mkdocs-markdown'
import {expect, test} from 'vitest'

interface Example {
  markdown: string
  html: string
  section: string
  number: number
}

const spec = createRequire(import.meta.url)('commonmark-spec') as {tests: Example[]}
// The spec writes tabs as `→`.
const examples = spec.tests.map((example) => ({...example, markdown: example.markdown.replaceAll('→', '\t'), html: example.html.replaceAll('→', '\t')}))

/**
 * Examples the dialect reads as Python-Markdown does, not as CommonMark: only a block-level tag opens
 * a raw HTML block there; a line starting with `<a>`, `<i>`, `<del>` or an unknown tag is a paragraph
 * whose Markdown is read, and text after a one-line comment is Markdown too; and a raw block ends
 * after the line where its first element closes, not at the next blank line.
 */
const pythonMarkdownHtml = new Map<number, string>([
  ...[21, 31, 162, 163, 164, 165, 166, 167, 177].map((number): [number, string] => [number, 'Python-Markdown: only block-level tags open raw HTML blocks']),
  ...[161, 186].map((number): [number, string] => [number, 'Python-Markdown: a raw HTML block ends where its first element closes'])
])

/**
 * Examples the whole processor deliberately reads differently from CommonMark, with the reason.
 * Besides the HTML blocks above, the dialect changes none: every difference comes from GFM or front matter.
 */
const deliberate = new Map<number, string>([
  ...pythonMarkdownHtml,
  [96, 'front matter: a document that starts with `---` opens YAML front matter, not a thematic break'],
  [98, 'front matter: `---` then `---` is an empty YAML block'],
  [602, 'GFM autolink literal: a bare URL inside `<...>` with a space is still a link'],
  [606, 'GFM autolink literal: a bare email address is a link'],
  [608, 'GFM autolink literal: a bare URL inside `< ... >` is a link'],
  [611, 'GFM autolink literal: a bare URL is a link'],
  [612, 'GFM autolink literal: a bare email address is a link']
])

/** Examples whose HTML the dialect changes by a byte nobody sees, with the reason. */
const byteDifferences = new Map<number, string>([
  [173, 'raw HTML that runs to the end of the document keeps no final line ending, so a page parses the same with or without one (round trip)']
])

/**
 * Both sides are normalised the same way before comparing, for differences of serialisation, not meaning:
 * line endings; the character references remark and cmark write differently (`&#x26;` and `&amp;`,
 * `&#x3C;` and `&lt;`, `>` and `&gt;`, `"` and `&quot;`, `'` and `&#x27;`); `<br />` and `<br>`;
 * line breaks right after `>` or before `<`.
 */
function normalize(html: string): string {
  return html
    .replace(/\r\n?/g, '\n')
    .replace(/&#x26;/g, '&amp;')
    .replace(/&#x3C;/g, '&lt;')
    .replace(/&gt;|&#x3E;/g, '>')
    .replace(/&quot;|&#x22;|&#34;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s*\/>/g, '>')
    .replace(/>\n+/g, '>')
    .replace(/\n+</g, '<')
    .trim()
}

function renderer<Head extends Node | undefined, Tail extends Node | undefined, Tree extends Node | undefined, Result extends CompileResults | undefined>(
  processor: Processor<Root, Head, Tail, Tree, Result>
): (markdown: string) => string {
  const html = processor.use(remarkRehype, {allowDangerousHtml: true}).use(rehypeStringify, {allowDangerousHtml: true})
  return (markdown) => String(html.processSync(markdown))
}

function passing(render: (markdown: string) => string): Set<number> {
  const passed = new Set<number>()
  for (const example of examples) {
    if (normalize(render(example.markdown)) === normalize(example.html)) passed.add(example.number)
  }
  return passed
}

/** Examples `plain` passes that `other` fails, leaving out the `allowed` ones. */
function lost(plain: Set<number>, other: Set<number>, allowed: ReadonlyMap<number, string>): number[] {
  return [...plain].filter((number) => !other.has(number) && !allowed.has(number))
}

const renderPlain = renderer(unified().use(remarkParse))
const plain = passing(renderPlain)

test('CommonMark spec: the dialect passes every example plain remark passes', () => {
  const renderDialect = renderer(unified().use(remarkParse).use(remarkMkdocs))
  const dialect = passing(renderDialect)
  console.log(`CommonMark ${examples.length} examples: remark-parse passes ${plain.size}, remark-parse + remarkMkdocs passes ${dialect.size}`)
  expect(plain.size).toBeGreaterThan(600)
  expect(lost(plain, dialect, pythonMarkdownHtml)).toEqual([])
  // Stricter than the normalised comparison: not one byte of HTML differs, but in the HTML blocks read as
  // Python-Markdown reads them, and where a byte difference is deliberate (and invisible once normalised).
  const changed = examples.filter((example) => !pythonMarkdownHtml.has(example.number) && renderDialect(example.markdown) !== renderPlain(example.markdown))
  expect(changed.map((example) => example.number)).toEqual([...byteDifferences.keys()].filter((number) => !pythonMarkdownHtml.has(number)))
})

test('CommonMark spec: the whole processor passes them too, but the deliberate ones', () => {
  // The last compiler wins: rehype-stringify replaces the processor's remark-stringify.
  const full = passing(renderer(mkdocsProcessor()))
  console.log(`CommonMark ${examples.length} examples: mkdocsProcessor() (GFM, front matter, dialect) passes ${full.size}`)
  expect(lost(plain, full, deliberate)).toEqual([])
  // The list stays true: each deliberate example really is one plain remark passes and we do not.
  expect([...deliberate.keys()].filter((number) => !plain.has(number) || full.has(number))).toEqual([])
})
