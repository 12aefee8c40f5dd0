import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, expect, test} from 'vitest'
import {loadSite} from '@samizdat/model'
import {renderHandout, resolveOptions} from '@samizdat/render-pdf'
import {normalise, pdfText} from './helpers.js'

// A page with the constructs of Markdown in HTML, grids, raw HTML and admonition titles, as a handout.
const page = `# Print test

<div class="grid cards" markdown>

- :material-lock: __Private__ by default
- :material-wifi-off: __Offline__ search

</div>

!!! "Only a title"
    A note without a type.

!!! tip "Use \`serve\` and *see* it live"
    Inline Markdown in the title.

!!! info inline end "Beside"
    Floats on screen, a plain box on paper.

<figure markdown>

| Browser | Share |
| ------- | ----: |
| One     |   60% |

  <figcaption markdown>Data from a survey</figcaption>
</figure>

Press <kbd>Ctrl</kbd>+<kbd>C</kbd> and read the <small>small print</small>.
Water is H<sub>2</sub>O and E = mc<sup>3</sup>.<br>
After the break.

<iframe src="https://video.example/embed/abc" title="A talk about privacy"></iframe>

<script>alert('never printed')</script>
`

let pdf: Buffer
let pages: string[]

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'render-pdf-dialect-'))
  writeFileSync(path.join(dir, 'index.md'), page)
  const bundle = await loadSite(dir)
  const [handout] = bundle.pages
  if (!handout) throw new Error('no page')
  ;({pdf} = await renderHandout(bundle, handout, resolveOptions()))
  pages = await pdfText(pdf)
}, 60_000)

test('grid cards, admonition titles, Markdown in HTML and raw HTML print as text, in order', () => {
  const text = normalise(pages.join('\n'))
  const inOrder = ['Private by default', 'Offline search', 'Only a title', 'A note without a type.', 'Use serve and see it live', 'Beside', 'Floats on screen, a plain box on paper.', 'Browser', 'Data from a survey', 'Press Ctrl+C and read the small print.', 'After the break.', '[A talk about privacy]']
  let from = 0
  for (const words of inOrder) {
    const at = text.indexOf(words, from)
    expect(at, `${words} after position ${from} in: ${text}`).toBeGreaterThanOrEqual(from)
    from = at + words.length
  }
  // The embedded video is a link with its address as a footnote, like any other link.
  expect(text).toContain('video.example/embed/abc')
  expect(text).not.toContain('never printed')
  expect(text).not.toMatch(/<\/?(?:kbd|small|sub|sup|br|iframe|script|div|figure)/)
})

test('<br> breaks the line; <sub> and <sup> are smaller, lowered and raised', async () => {
  const lines = pages.join('\n').split('\n').map((line) => line.trim())
  expect(lines.some((line) => line.startsWith('After the break.'))).toBe(true)
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await pdfjs.getDocument({data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false}).promise
  const content = await (await document.getPage(1)).getTextContent()
  const items = content.items.filter((item): item is Extract<typeof item, {str: string}> => 'str' in item)
  const water = items.find((item) => item.str.includes('Water is H'))
  const sub = items.find((item) => item.str === '2')
  const sup = items.find((item) => item.str === '3')
  await document.destroy()
  expect(water && sub && sup).toBeTruthy()
  if (!water || !sub || !sup) return
  // transform: [scaleX, skewY, skewX, scaleY, x, y], y upwards.
  const size = (item: typeof water) => item.transform[3] as number
  const y = (item: typeof water) => item.transform[5] as number
  expect(size(sub)).toBeLessThan(size(water) * 0.8)
  expect(size(sup)).toBeLessThan(size(water) * 0.8)
  expect(y(sub)).toBeLessThan(y(water))
  expect(y(sup)).toBeGreaterThan(y(water))
})
