import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import axe from 'axe-core'
import type {BrowserContext} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadSite} from '@samizdat/model'
import {renderHtml} from '@samizdat/render-html'
import {launchChromium} from './chromium.js'
import {serveStatic} from './static-server.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const screenshots = path.join(root, 'tests/.output/dialect-inline')

// A page with every inline construct, math and code options of the dialect.
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

The \`#!python range(10)\` function.
`

let context: BrowserContext
let server: {origin: string; close: () => Promise<void>}

beforeAll(async () => {
  const content = await mkdtemp(path.join(tmpdir(), 'samizdat-dialect-'))
  await writeFile(path.join(content, 'index.md'), page)
  const bundle = await loadSite(content)
  const out = await mkdtemp(path.join(tmpdir(), 'samizdat-dialect-site-'))
  await renderHtml(bundle, out, {search: false})
  server = await serveStatic(out)
  context = await launchChromium()
  await mkdir(screenshots, {recursive: true})
})

afterAll(async () => {
  await context?.close()
  await server?.close()
})

describe('code, math and inline formatting in Chromium', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`is readable in the ${scheme} theme: highlighted, no contrast violation, no outside request`, async () => {
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
      await tab.evaluate(axe.source)
      const violations = await tab.evaluate(async () => {
        const result = await (window as unknown as {axe: typeof axe}).axe.run(document)
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      })
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
})
