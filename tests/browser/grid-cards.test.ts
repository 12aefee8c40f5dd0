import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadSite} from '@samizdat/model'
import {renderHtml} from '@samizdat/render-html'
import {browse, type Browsing} from './browse.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const screenshots = path.join(root, 'tests/.output/grid-cards')

// Grid cards as Material's documentation writes them (list and block syntax), text-sized icons and
// pictures, inline admonitions, and raw HTML that must not reach another origin.
const page = `# Grids

<div class="grid cards" markdown>

-   :material-rocket-launch:{ .lg .middle } __Start in minutes__

    ---

    Install the tool and write your first page.

    [:octicons-arrow-right-24: Getting started](#grids)

-   :material-palette:{ .lg .middle } __Make it yours__

    ---

    Colours, fonts and a logo in a few lines.

-   ![Logo](logo.svg) __A logo in running text__ is as tall as the text.

-   :material-scale-balance:{ .lg .middle } __Open source__

    ---

    Free to use, change and share.

</div>

<div class="grid" markdown>

:material-lock: __Private__ by default
{ .card }

:material-wifi-off: __Offline__ search
{ .card }

</div>

!!! info inline end "Beside"

    A narrow box at the end of the line on wide screens.

Text that flows beside the box. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do
eiusmod tempor incididunt ut labore et dolore magna aliqua.

<iframe src="https://video.example/embed/abc" title="A talk"></iframe>
`

// A big square logo: without the running-text rule it would be drawn 660 px wide.
const logo = '<svg xmlns="http://www.w3.org/2000/svg" width="660" height="660" viewBox="0 0 10 10"><rect width="10" height="10" fill="#3465a4"/></svg>'

let browsing: Browsing | undefined
let context: BrowserContext
let server: Browsing['server']

beforeAll(async () => {
  const content = await mkdtemp(path.join(tmpdir(), 'samizdat-grid-content-'))
  await writeFile(path.join(content, 'index.md'), page)
  await writeFile(path.join(content, 'logo.svg'), logo)
  const bundle = await loadSite(content)
  const out = await mkdtemp(path.join(tmpdir(), 'samizdat-grid-site-'))
  await renderHtml(bundle, out, {search: false})
  browsing = await browse(out, screenshots)
  ;({server, context} = browsing)
})

afterAll(async () => {
  await browsing?.close()
})

/** The page at a viewport width, with every request that leaves the site recorded. */
async function open(width: number): Promise<{tab: Page; foreign: string[]}> {
  const tab = await context.newPage()
  const foreign: string[] = []
  tab.on('request', (request) => {
    if (new URL(request.url()).origin !== server.origin) foreign.push(request.url())
  })
  await tab.setViewportSize({width, height: 900})
  await tab.goto(`${server.origin}/`, {waitUntil: 'networkidle'})
  return {tab, foreign}
}

/** How many columns the cards of a grid stand in: distinct left edges. */
function columns(tab: Page, selector: string): Promise<number> {
  return tab.$$eval(selector, (cards) => new Set(cards.map((card) => Math.round(card.getBoundingClientRect().left))).size)
}

describe('grid cards in Chromium', () => {
  it('stand in one column on a phone and several on a wide screen', async () => {
    for (const [width, expected] of [[375, 'one'], [1280, 'several']] as const) {
      const {tab, foreign} = await open(width)
      const list = await columns(tab, '.grid.cards > ul > li')
      const blocks = await columns(tab, '.grid > .card')
      if (expected === 'one') {
        expect(list, `list cards at ${width}`).toBe(1)
        expect(blocks, `block cards at ${width}`).toBe(1)
      } else {
        expect(list, `list cards at ${width}`).toBeGreaterThanOrEqual(2)
        expect(blocks, `block cards at ${width}`).toBeGreaterThanOrEqual(2)
      }
      // Cards are boxes: a border all round.
      expect(await tab.$eval('.grid.cards > ul > li', (card) => getComputedStyle(card).borderTopStyle)).toBe('solid')
      // Nothing sticks out sideways, and the iframe was not loaded: it is a link.
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      expect(await tab.locator('iframe').count()).toBe(0)
      expect(await tab.locator('.embed a[href="https://video.example/embed/abc"]').textContent()).toBe('A talk')
      expect(foreign).toEqual([])
      await tab.screenshot({path: path.join(screenshots, `grid-cards-${width}.png`), fullPage: true})
      await tab.close()
    }
  })

  it('size icons and pictures in running text like the text; .lg makes an icon larger', async () => {
    const {tab} = await open(1280)
    const text = await tab.$eval('.grid.cards li p', (p) => parseFloat(getComputedStyle(p).fontSize))
    const picture = await tab.$eval('.grid.cards img.inline-image', (img) => img.getBoundingClientRect())
    // The 660 px logo is as tall as a line of text.
    expect(picture.height).toBeGreaterThan(text * 0.8)
    expect(picture.height).toBeLessThan(text * 1.6)
    const large = await tab.$eval('.grid.cards .twemoji.lg svg', (svg) => svg.getBoundingClientRect().height)
    const plain = await tab.$eval('.grid > .card .twemoji svg', (svg) => svg.getBoundingClientRect().height)
    expect(plain).toBeGreaterThan(text * 0.9)
    expect(plain).toBeLessThan(text * 1.4)
    expect(large).toBeGreaterThan(plain * 1.3)
    await tab.close()
  })

  it('float an inline admonition beside the text on a wide screen, full width on a phone', async () => {
    for (const width of [1280, 375]) {
      const {tab} = await open(width)
      const box = await tab.$eval('.admonition.inline', (element) => {
        const rect = element.getBoundingClientRect()
        const article = element.closest('article')?.getBoundingClientRect()
        return {width: rect.width, article: article?.width ?? 0, float: getComputedStyle(element).float}
      })
      if (width === 1280) {
        expect(box.float).toBe('right')
        expect(box.width).toBeLessThan(box.article / 2)
      } else {
        expect(box.float).toBe('none')
        expect(box.width).toBeGreaterThan(box.article * 0.9)
      }
      await tab.close()
    }
  })
})
