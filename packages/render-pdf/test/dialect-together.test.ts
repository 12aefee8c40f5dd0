import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, expect, test} from 'vitest'
import {loadSite} from '@samizdat/model'
import {renderHandout, resolveOptions} from '@samizdat/render-pdf'
import {colouredPixels, normalise, pdfText} from './helpers.js'

// The inline dialect inside the block dialect: titles, tab labels, annotated highlighted code.
const page = `# Together

!!! tip "Press ++ctrl+s++ for $E = mc^2$ :tada:"
    The title holds keys, math and an emoji.

=== "Python ++enter++ :snake:"

    Run it.

=== "Shell"

    Or this.

\`\`\` py title="sort.py" linenums="1" hl_lines="2"
def sort(items):  # (1)!
    return sorted(items)  # keep (2) the order
\`\`\`

1.  The whole comment is the marker.
2.  A marker inside a comment.

Lowered twice: H~2~O and H<sub>2</sub>O.
`

let pdf: Buffer
let withoutEmoji: Buffer
let text: string

async function handout(markdown: string): Promise<Buffer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'render-pdf-together-'))
  writeFileSync(path.join(dir, 'index.md'), markdown)
  const bundle = await loadSite(dir)
  const [first] = bundle.pages
  if (!first) throw new Error('no page')
  const result = await renderHandout(bundle, first, resolveOptions())
  expect(result.warnings).toEqual([])
  return result.pdf
}

beforeAll(async () => {
  pdf = await handout(page)
  withoutEmoji = await handout(page.replace(/ :(?:tada|snake):/g, ''))
  // To look at the page: SAMIZDAT_KEEP=/tmp/x.pdf npx vitest run ... dialect-together
  if (process.env['SAMIZDAT_KEEP']) writeFileSync(process.env['SAMIZDAT_KEEP'], pdf)
  text = normalise((await pdfText(pdf)).join('\n'))
}, 60_000)

test('keys, math and emoji print in admonition titles and tab labels', () => {
  expect(text).toContain('Press Ctrl+S for E = mc^2')
  expect(text).toContain('The title holds keys, math and an emoji.')
  expect(text).toContain('Python Enter')
  expect(text.indexOf('Python Enter')).toBeLessThan(text.indexOf('Run it.'))
  for (const raw of ['++', ':tada:', ':snake:', '$E']) expect(text).not.toContain(raw)
  // The two emoji are drawn as pictures in colour: the page has more colour than without them.
  expect(colouredPixels(pdf) - colouredPixels(withoutEmoji)).toBeGreaterThan(50)
})

test('annotation markers in highlighted code print as (n) in place of their comment text, notes after', () => {
  expect(text).toContain('sort.py')
  expect(text).toContain('1 def sort(items): (1)')
  expect(text).toContain('2 return sorted(items) # keep (2) the order')
  expect(text).not.toContain('# (1)')
  expect(text).toContain('(1) The whole comment is the marker.')
  expect(text).toContain('(2) A marker inside a comment.')
  expect(text.indexOf('The whole comment')).toBeGreaterThan(text.indexOf('the order'))
})

test('~sub~ and <sub> are one mark: the same size and the same drop', async () => {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await pdfjs.getDocument({data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false}).promise
  const content = await (await document.getPage(1)).getTextContent()
  await document.destroy()
  const items = content.items.filter((item): item is Extract<typeof item, {str: string}> => 'str' in item)
  const line = items.find((item) => item.str.includes('Lowered twice'))
  const twos = items.filter((item) => item.str === '2' && line && Math.abs((item.transform[5] as number) - (line.transform[5] as number)) < 5)
  expect(line).toBeDefined()
  expect(twos).toHaveLength(2)
  const [markdown, html] = twos as [typeof items[number], typeof items[number]]
  // transform: [scaleX, skewY, skewX, scaleY, x, y], y upwards.
  expect(markdown.transform[3]).toBe(html.transform[3])
  expect(markdown.transform[5]).toBe(html.transform[5])
  expect(markdown.transform[3] as number).toBeLessThan((line!.transform[3] as number) * 0.8)
  expect(markdown.transform[5] as number).toBeLessThan(line!.transform[5] as number)
})
