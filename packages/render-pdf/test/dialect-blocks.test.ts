import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, expect, test} from 'vitest'
import {loadSite, type SiteBundle} from '@samizdat/model'
import {renderHandout, resolveOptions} from '@samizdat/render-pdf'
import {normalise, pdfText, rasterise} from './helpers.js'

// Content tabs, annotations, definition lists, abbreviations and footnotes on paper.
const page = `# Blocks on paper

=== "Linux tab"

    Install it with the package manager.

===+ "Windows tab"

    Download the installer.

The HTML page is kept by the W3C, (1) as every HTML reader knows.
{ .annotate }

1.  A note about the consortium.

\`\`\` yaml
plugins:
  - search # (1)!
\`\`\`

1.  The search plugin.

Encryption
:   Turning text into something only the recipient can read.

Metadata
:   Who talked to whom, and when.

A claim[^1].

[^1]: The footnote's text.

*[HTML]: Hyper Text Markup Language
*[W3C]: World Wide Web Consortium
`

let bundle: SiteBundle
let text: string
let pdf: Buffer

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'render-pdf-blocks-'))
  mkdirSync(dir, {recursive: true})
  writeFileSync(path.join(dir, 'index.md'), page)
  bundle = await loadSite(dir)
  const result = await renderHandout(bundle, bundle.pages[0]!, resolveOptions())
  expect(result.warnings).toEqual([])
  pdf = result.pdf
  text = normalise((await pdfText(pdf)).join('\n'))
  if (process.env["SHOT"]) writeFileSync(process.env["SHOT"], pdf)
}, 60_000)

test('every tab prints under its label, the hidden one too, in order', () => {
  expect(text).toContain('Linux tab Install it with the package manager.')
  expect(text).toContain('Windows tab Download the installer.')
  expect(text.indexOf('Linux tab')).toBeLessThan(text.indexOf('Windows tab'))
})

test('annotations print their marker in the text and their note after the block', () => {
  expect(text).toContain('kept by the W3C, (1) as every HTML reader knows.')
  expect(text).toContain('(1) A note about the consortium.')
  expect(text.indexOf('A note about the consortium.')).toBeGreaterThan(text.indexOf('as every HTML reader knows'))
  // `# (1)!` in code: the comment becomes the marker.
  expect(text).toContain('- search (1)')
  expect(text).not.toContain('# (1)')
  expect(text).toContain('(1) The search plugin.')
})

test('definition lists print each term, then its description', () => {
  expect(text).toContain('Encryption Turning text into something only the recipient can read. Metadata Who talked to whom, and when.')
})

test('abbreviations print as written, and their meanings once at the end', () => {
  const end = text.slice(text.lastIndexOf('The footnote'))
  expect(end).toContain('HTML Hyper Text Markup Language')
  expect(end).toContain('W3C World Wide Web Consortium')
  expect(text.match(/Hyper Text Markup Language/g)).toHaveLength(1)
  expect(text).not.toContain('*[HTML]')
})

test('a footnote reference prints its number', () => {
  expect(text).toContain('A claim[1]')
  expect(text).toContain('[1] The footnote\'s text.')
})

test('the page renders to pictures with ink on it', () => {
  const [first] = rasterise(pdf, 50)
  expect(first).toBeDefined()
  let dark = 0
  for (let i = 0; i < first!.data.length; i += 4) if (first!.data[i]! < 128) dark++
  expect(dark).toBeGreaterThan(1000)
})
