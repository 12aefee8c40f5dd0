import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadSite} from '@samizdat/model'
import {renderHtml} from '@samizdat/render-html'
import {browse, seriousAxeViolations, type Browsing} from './browse.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const screenshots = path.join(root, 'tests/.output/dialect-inline')

// A page with every inline construct, math and code options of the dialect, inside titles, tab labels
// and annotated code too, with raw HTML, so the page is reassembled by hast-util-raw.
const page = `# Code, math and marks

Marked ==important==, inserted ^^new^^, H~2~O, x^2^, ++ctrl+alt+del++, {++added++} {--removed--},
(c) 1/2 --> and emoji :tada: :heart:.

The formula $e^{i\\pi} + 1 = 0$ inline, and a block:

$$
\\cos x=\\sum_{k=0}^{\\infty}\\frac{(-1)^k}{(2k)!}x^{2k}
$$

\`\`\` py title="bubble_sort.py" linenums="1" hl_lines="2 3"
def bubble_sort(items):
    for i in range(len(items)):
        for j in range(len(items) - 1 - i):
            if items[j] > items[j + 1]:  # swap
                items[j], items[j + 1] = items[j + 1], items[j]
    return "sorted", 42, None
\`\`\`

\`\`\` yaml
theme:
  name: material  # the theme
  features: [content.code.copy, 3, true]
\`\`\`

\`\`\` js
const answer = 42 // comment
function greet(name) { return \`hi \${name}\` }
\`\`\`

The \`#!python range(10)\` function, in <small>small print</small>.

!!! tip "Press ++ctrl+s++ to save $E = mc^2$ :floppy_disk:"
    Keys, math and an emoji in the title.

=== ":snake: Python ++enter++"

    \`\`\` py
    def f(x):  # (1)!
        return x ** 2  # square (2) it
    \`\`\`

    1.  The whole comment is this marker.
    2.  A marker inside a comment.

=== "Shell"

    Nothing here.
`

let browsing: Browsing

beforeAll(async () => {
  const content = await mkdtemp(path.join(tmpdir(), 'samizdat-dialect-'))
  await writeFile(path.join(content, 'index.md'), page)
  const bundle = await loadSite(content)
  const out = await mkdtemp(path.join(tmpdir(), 'samizdat-dialect-site-'))
  await renderHtml(bundle, out, {search: false})
  browsing = await browse(out, screenshots)
})

afterAll(async () => {
  await browsing?.close()
})

describe('code, math and inline formatting in Chromium', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`is readable in the ${scheme} theme: highlighted, no contrast violation, no outside request`, async () => {
      const {context, server} = browsing
      const tab = await context.newPage()
      const outside: string[] = []
      tab.on('request', (request) => {
        if (new URL(request.url()).origin !== server.origin) outside.push(request.url())
      })
      await tab.setViewportSize({width: 1280, height: 900})
      await tab.emulateMedia({colorScheme: scheme})
      await tab.goto(server.origin + '/', {waitUntil: 'networkidle'})
      // Keywords, strings, comments and numbers each take a colour of their own, none the plain text's.
      const colours = await tab.evaluate(() => {
        const of = (selector: string) => getComputedStyle(document.querySelector(selector) as Element).color
        return {plain: of('.highlight pre code'), keyword: of('.hljs-keyword'), string: of('.hljs-string'), comment: of('.hljs-comment'), number: of('.hljs-number')}
      })
      expect(new Set(Object.values(colours)).size, JSON.stringify(colours)).toBe(5)
      // Every glyph of code, and the rest of the page, passes axe (colour contrast included).
      const violations = await seriousAxeViolations(tab)
      expect(violations).toEqual([])
      // MathML is laid out by the browser: the block formula is wider than tall and taller than a line.
      const box = await tab.locator('div.arithmatex math').boundingBox()
      expect(box?.width).toBeGreaterThan(150)
      expect(box?.height).toBeGreaterThan(30)
      // Line numbers are drawn by CSS: copying the code leaves them out.
      const copied = await tab.evaluate(() => {
        const code = document.querySelector('.highlight pre code') as Element
        const range = document.createRange()
        range.selectNodeContents(code)
        const selection = getSelection() as Selection
        selection.removeAllRanges()
        selection.addRange(range)
        return selection.toString()
      })
      expect(copied.startsWith('def bubble_sort(items):\n    for i in range')).toBe(true)
      expect(await tab.locator('.linenos').first().evaluate((element) => getComputedStyle(element, '::before').content)).toBe('"1 "')
      expect(outside).toEqual([])
      await tab.evaluate(() => getSelection()?.removeAllRanges())
      await tab.screenshot({path: path.join(screenshots, `code-math-${scheme}.png`), fullPage: true})
      await tab.close()
    })
  }

  it('puts keys, math and emoji in titles and tab labels, and annotation markers in highlighted code', async () => {
    const {context, server} = browsing
    const tab = await context.newPage()
    await tab.setViewportSize({width: 1280, height: 900})
    await tab.goto(server.origin + '/', {waitUntil: 'networkidle'})
    // The raw <small> made the page go through hast-util-raw: MathML and highlighting came out whole.
    expect(await tab.locator('p small').textContent()).toBe('small print')
    const title = tab.locator('.admonition.tip .admonition-title')
    expect(await title.locator('kbd').allTextContents()).toEqual(['Ctrl', 'S'])
    expect(await title.locator('math').evaluate((math) => math.namespaceURI)).toBe('http://www.w3.org/1998/Math/MathML')
    expect((await title.locator('math').boundingBox())?.width).toBeGreaterThan(30)
    expect(await title.locator('.twemoji svg').count()).toBe(1)
    const label = tab.locator('.tabbed-labels label').first()
    expect(await label.locator('kbd').textContent()).toBe('Enter')
    expect(await label.locator('.twemoji svg').count()).toBe(1)
    // Markers sit inside the highlighted comments, and open their notes.
    const code = tab.locator('.tabbed-block .highlight code').first()
    expect(await code.locator('.hljs-keyword').first().textContent()).toBe('def')
    const markers = code.locator('.hljs-comment button.md-annotation')
    expect(await markers.count()).toBe(2)
    expect(await code.textContent()).toContain('# square 2 it')
    expect(await code.textContent()).not.toContain('(1)!')
    const note = tab.locator('.md-annotation__note').first()
    expect(await note.isVisible()).toBe(false)
    await markers.first().click()
    expect(await note.isVisible()).toBe(true)
    expect(await note.textContent()).toContain('The whole comment is this marker.')
    await tab.screenshot({path: path.join(screenshots, 'titles-labels-annotated-code.png'), fullPage: true})
    await tab.close()
  })
})
