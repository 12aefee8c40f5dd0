import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadSite} from '@samizdat/model'
import {renderHtml} from '@samizdat/render-html'
import {seriousAxeViolations} from './browse.js'
import {launchChromium} from './chromium.js'
import {serveStatic} from './static-server.js'

// Content tabs and annotations must work with JavaScript off: radio inputs and popovers.
const root = fileURLToPath(new URL('../../', import.meta.url))
const screenshots = path.join(root, 'tests/.output/dialect-blocks')

const page = `---
title: Tabs and notes
---

# Tabs and notes

=== "Linux"

    Install with \`apt install tool\`.

=== "macOS"

    Install with Homebrew.

=== "Windows"

    Download the installer.

A sentence with a note, (1) and the HTML abbreviation.
{ .annotate }

1.  The note's text, with **bold**.

=== "Linux"

    The same label in a second set.

=== "macOS"

    Linked to the first set.

Term
:   Its description.

*[HTML]: Hyper Text Markup Language
`

let withoutScript: BrowserContext
let withScript: BrowserContext
let server: {origin: string; close: () => Promise<void>}

beforeAll(async () => {
  const content = await mkdtemp(path.join(tmpdir(), 'samizdat-blocks-content-'))
  await writeFile(path.join(content, 'samizdat.yml'), 'site_name: Blocks\nlanguage: en\n')
  await mkdir(path.join(content, 'docs'))
  await writeFile(path.join(content, 'docs', 'index.md'), page)
  const out = await mkdtemp(path.join(tmpdir(), 'samizdat-blocks-site-'))
  await renderHtml(await loadSite(content), out, {search: false})
  server = await serveStatic(out)
  withoutScript = await launchChromium({javaScriptEnabled: false})
  withScript = await launchChromium()
  await mkdir(screenshots, {recursive: true})
}, 60_000)

afterAll(async () => {
  await withoutScript?.close()
  await withScript?.close()
  await server?.close()
})

/** The page in a new tab of `context`, with the console errors it logs. */
async function open(context: BrowserContext, width = 1280): Promise<{tab: Page; problems: string[]}> {
  const tab = await context.newPage()
  const problems: string[] = []
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  tab.on('pageerror', (error) => problems.push(error.message))
  await tab.setViewportSize({width, height: 800})
  await tab.goto(`${server.origin}/`)
  return {tab, problems}
}

/** Which blocks of the first tab set show. */
function shown(tab: Page): Promise<boolean[]> {
  return tab.$$eval('.tabbed-set:first-of-type > .tabbed-content > .tabbed-block', (blocks) => blocks.map((block) => getComputedStyle(block).display !== 'none'))
}

describe('content tabs and annotations in Chromium', () => {
  it('switches tabs by click with JavaScript off', async () => {
    const {tab} = await open(withoutScript)
    // No script ran: the theme toggle it adds is not there.
    await expect(tab.locator('.theme-toggle').count()).resolves.toBe(0)
    await expect(shown(tab)).resolves.toEqual([true, false, false])
    await tab.locator('label', {hasText: 'Windows'}).first().click()
    await expect(shown(tab)).resolves.toEqual([false, false, true])
    await expect(tab.getByText('Download the installer.').isVisible()).resolves.toBe(true)
    await expect(tab.getByText('Install with Homebrew.').isVisible()).resolves.toBe(false)
    await tab.close()
  })

  it('switches tabs by keyboard with JavaScript off: one tab stop, arrow keys, a visible focus', async () => {
    const {tab} = await open(withoutScript)
    // Tab from the top of the page reaches the checked radio of the first set.
    for (let i = 0; i < 20; i++) {
      await tab.keyboard.press('Tab')
      if (await tab.evaluate(() => document.activeElement?.id === '__tabbed_1_1')) break
    }
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('__tabbed_1_1')
    // It is announced by its label, as a radio in a group of three.
    const radio = tab.getByRole('radio', {name: 'Linux'}).first()
    await expect(radio.isChecked()).resolves.toBe(true)
    await tab.keyboard.press('ArrowRight')
    await expect(shown(tab)).resolves.toEqual([false, true, false])
    await expect(tab.getByRole('radio', {name: 'macOS'}).first().isChecked()).resolves.toBe(true)
    // The focused tab's label is outlined.
    const outline = await tab.locator('label[for="__tabbed_1_2"]').evaluate((label) => getComputedStyle(label).outlineStyle)
    expect(outline).toBe('solid')
    await tab.keyboard.press('ArrowLeft')
    await expect(shown(tab)).resolves.toEqual([true, false, false])
    await tab.close()
  })

  it('opens an annotation with JavaScript off, by click and by keyboard, announced by name', async () => {
    const {tab} = await open(withoutScript)
    const marker = tab.getByRole('button', {name: 'Annotation 1'})
    const note = tab.locator('#__annotation_1_1')
    await expect(note.isVisible()).resolves.toBe(false)
    expect(await marker.ariaSnapshot()).toContain('button "Annotation 1"')
    await marker.click()
    await expect(note.isVisible()).resolves.toBe(true)
    expect(await note.evaluate((element) => element.matches(':popover-open'))).toBe(true)
    await tab.keyboard.press('Escape')
    await expect(note.isVisible()).resolves.toBe(false)
    await marker.focus()
    await tab.keyboard.press('Enter')
    await expect(note.isVisible()).resolves.toBe(true)
    await expect(note.textContent()).resolves.toContain("The note's text, with bold.")
    // The note opens next to its marker, not across the page.
    const [button, box] = [await marker.boundingBox(), await note.boundingBox()]
    expect(box!.y).toBeGreaterThan(button!.y)
    expect(box!.y - (button!.y + button!.height)).toBeLessThan(40)
    await tab.screenshot({path: path.join(screenshots, 'annotation-open-1280.png')})
    await tab.close()
  })

  it('links tabs with the same label when the script runs, and opens a tab from its anchor', async () => {
    const {tab, problems} = await open(withScript)
    await tab.locator('label', {hasText: 'macOS'}).first().click()
    await expect(tab.locator('#__tabbed_2_2').isChecked()).resolves.toBe(true)
    await expect(tab.getByText('Linked to the first set.').isVisible()).resolves.toBe(true)
    // The choice is remembered for the next page load.
    await tab.reload()
    await expect(tab.locator('#__tabbed_1_2').isChecked()).resolves.toBe(true)
    await tab.goto(`${server.origin}/#__tabbed_1_3`)
    await expect(tab.locator('#__tabbed_1_3').isChecked()).resolves.toBe(true)
    expect(problems).toEqual([])
    await tab.close()
  })

  it('has no serious or critical axe violation', async () => {
    const {tab} = await open(withScript)
    await tab.getByRole('button', {name: 'Annotation 1'}).click()
    const violations = await seriousAxeViolations(tab)
    expect(violations).toEqual([])
    await tab.close()
  })

  it('takes screenshots at 375 px and 1280 px, a note open, without sideways scrolling', async () => {
    for (const width of [375, 1280]) {
      const {tab} = await open(withoutScript, width)
      await tab.locator('label', {hasText: 'macOS'}).first().click()
      await tab.getByRole('button', {name: 'Annotation 1'}).click()
      expect(await tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
      await tab.screenshot({path: path.join(screenshots, `tabs-annotation-${width}.png`), fullPage: true})
      await tab.close()
    }
  })
})
