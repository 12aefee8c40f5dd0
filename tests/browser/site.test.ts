import {mkdtemp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadSite} from '@samizdat/model'
import {renderHtml} from '@samizdat/render-html'
import {browse, seriousAxeViolations, type Browsing} from './browse.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const screenshots = path.join(root, 'tests/.output/site')

let browsing: Browsing | undefined
let context: BrowserContext
let server: Browsing['server']
let pages: string[]
let siteDir: string

/** A fresh tab that records every console error, page error, failed request and request to another origin. */
async function openTab(): Promise<{tab: Page; problems: string[]}> {
  const tab = await context.newPage()
  const problems: string[] = []
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`)
  })
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  // A request the page cancelled (search fragments still loading when a result is clicked and the
  // page goes away) is not a failure; a missing file is caught by its status below.
  tab.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? ''
    if (error !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} ${error}`)
  })
  tab.on('request', (request) => {
    if (new URL(request.url()).origin !== server.origin) problems.push(`third-party request: ${request.url()}`)
  })
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  return {tab, problems}
}

beforeAll(async () => {
  const bundle = await loadSite(path.join(root, 'content'))
  const out = await mkdtemp(path.join(tmpdir(), 'samizdat-site-'))
  siteDir = out
  const {files} = await renderHtml(bundle, out)
  pages = files.filter((file) => file.endsWith('index.html')).map((file) => `/${file.replace(/index\.html$/, '')}`)
  browsing = await browse(out, screenshots)
  ;({server, context} = browsing)
})

afterAll(async () => {
  await browsing?.close()
})

describe('the built site in Chromium', () => {
  it('loads every page with no console error, failed or third-party request', async () => {
    expect(pages.length).toBe(5)
    for (const url of [...pages, '/404.html']) {
      const {tab, problems} = await openTab()
      const response = await tab.goto(server.origin + url, {waitUntil: 'networkidle'})
      expect(response?.status(), url).toBe(200)
      // Every picture actually loaded (a broken image is not always a console error).
      const broken = await tab.$$eval('img', (images) =>
        images.filter((img) => img.complete && img.naturalWidth === 0 && getComputedStyle(img).display !== 'none').map((img) => img.src)
      )
      expect(broken, url).toEqual([])
      // Fonts are our own PT Sans.
      expect(await tab.evaluate(() => document.fonts.check('16px "PT Sans"', 'Привет')), url).toBe(true)
      expect(problems, url).toEqual([])
      await tab.close()
    }
  })

  it('serves the 404 page for unknown paths, styled from any depth', async () => {
    const {tab, problems} = await openTab()
    const response = await tab.goto(`${server.origin}/no/such/page/`, {waitUntil: 'networkidle'})
    expect(response?.status()).toBe(404)
    await expect(tab.locator('h1').textContent()).resolves.toBe('Страница не найдена')
    // The stylesheet loaded although the page sits three folders deep.
    expect(await tab.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('PT Sans')
    expect(problems.filter((p) => !p.includes('/no/such/page/') && !p.includes('404'))).toEqual([])
    await tab.close()
  })

  it('renders every construct of the seed page', async () => {
    const {tab} = await openTab()
    await tab.goto(`${server.origin}/recommendations/messengers/`)
    const cards = tab.locator('.recommendation')
    await expect(cards.count()).resolves.toBe(3)
    const names = await tab.locator('.recommendation__name').allTextContents()
    expect(names).toEqual(['Signal', 'Session', 'Briar'])
    // Buttons from the card itself: Signal has two, Session and Briar one each.
    const buttons = await cards.evaluateAll((all) => all.map((card) => card.querySelectorAll('.recommendation__links .md-button').length))
    expect(buttons).toEqual([2, 1, 1])
    // Platforms with icons (Windows has no icon in Simple Icons any more: label only).
    const platforms = await cards.evaluateAll((all) =>
      all.map((card) => [...card.querySelectorAll('.recommendation__platforms li')].map((li) => `${li.textContent}:${li.querySelector('svg path') ? 'icon' : 'text'}`))
    )
    expect(platforms[0]).toEqual(['Android:icon', 'iOS:icon', 'Windows:text', 'Linux:icon', 'macOS:icon'])
    expect(platforms[2]).toEqual(['Android:icon'])
    // The Telegram warning is a closed collapsible.
    const warning = tab.locator('details.warning')
    await expect(warning.locator('summary').textContent()).resolves.toBe('Почему тут нет Telegram?')
    expect(await warning.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
    // External links never leak the page or the opener.
    const rels = await tab.$$eval('a[href^="http"]', (links) => links.map((a) => a.getAttribute('rel')))
    expect(rels.length).toBeGreaterThan(3)
    expect(new Set(rels)).toEqual(new Set(['noopener noreferrer']))
    // Session's light and dark logos, Briar's monogram (its picture is missing).
    await expect(tab.locator('img[src$="session-black.svg#only-light"]').count()).resolves.toBe(1)
    await expect(tab.locator('img[src$="session-white.svg#only-dark"]').count()).resolves.toBe(1)
    await expect(cards.nth(2).locator('svg.recommendation__monogram').count()).resolves.toBe(1)
    await tab.close()
  })

  it('opens and closes a collapsible', async () => {
    const {tab} = await openTab()
    await tab.goto(`${server.origin}/recommendations/messengers/`)
    const warning = tab.locator('details.warning')
    const body = warning.locator('p').first()
    await expect(body.isVisible()).resolves.toBe(false)
    await warning.locator('summary').click()
    await expect(body.isVisible()).resolves.toBe(true)
    await warning.locator('summary').click()
    await expect(body.isVisible()).resolves.toBe(false)
    await tab.close()
  })

  it('switches the visible Session logo with the theme toggle, and remembers the choice', async () => {
    const {tab, problems} = await openTab()
    await tab.emulateMedia({colorScheme: 'light'})
    await tab.goto(`${server.origin}/recommendations/messengers/`)
    const light = tab.locator('img[src$="session-black.svg#only-light"]')
    const dark = tab.locator('img[src$="session-white.svg#only-dark"]')
    await expect(light.isVisible()).resolves.toBe(true)
    await expect(dark.isVisible()).resolves.toBe(false)
    const background = () => tab.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const lightBackground = await background()
    await tab.getByRole('button', {name: 'Переключить светлую или тёмную тему'}).click()
    await expect(light.isVisible()).resolves.toBe(false)
    await expect(dark.isVisible()).resolves.toBe(true)
    expect(await background()).not.toBe(lightBackground)
    await tab.reload()
    await expect(dark.isVisible()).resolves.toBe(true)
    await expect(light.isVisible()).resolves.toBe(false)
    await tab.getByRole('button', {name: 'Переключить светлую или тёмную тему'}).click()
    await expect(light.isVisible()).resolves.toBe(true)
    // With no stored choice, the system preference decides.
    await tab.evaluate(() => localStorage.clear())
    await tab.emulateMedia({colorScheme: 'dark'})
    await tab.reload()
    await expect(dark.isVisible()).resolves.toBe(true)
    expect(problems).toEqual([])
    await tab.close()
  })

  it('finds "Signal" and Russian words with the offline search', async () => {
    const {tab, problems} = await openTab()
    await tab.goto(`${server.origin}/`)
    const input = tab.getByRole('searchbox', {name: 'Поиск'})
    for (const [query, expected] of [
      ['Signal', '/recommendations/messengers/signal/'],
      // Another form of the word in the text ("шифрования", "шифрованием"): stemmed as Russian.
      ['шифрование', '/recommendations/messengers/'],
      ['мессенджеры', '/recommendations/messengers/']
    ] as const) {
      await input.fill(query)
      const results = tab.locator('.search__results li a')
      await results.first().waitFor({timeout: 10_000})
      const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
      expect(hrefs, query).toContain(expected)
    }
    await tab.locator('.search__results li a').first().click()
    await tab.waitForLoadState('networkidle')
    expect(new URL(tab.url()).origin).toBe(server.origin)
    expect(problems).toEqual([])
    await tab.close()
  })

  it('has no serious or critical axe violation, in either theme', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const url of [...pages, '/404.html']) {
        const {tab} = await openTab()
        await tab.emulateMedia({colorScheme: scheme})
        await tab.goto(server.origin + url, {waitUntil: 'networkidle'})
        const violations = await seriousAxeViolations(tab)
        expect(violations, `${url} (${scheme})`).toEqual([])
        await tab.close()
      }
    }
  })

  it('works opened from disk: styles load and links reach the pages', async () => {
    const {tab, problems} = await openTab()
    await tab.goto(`file://${siteDir}/recommendations/messengers/index.html`)
    expect(await tab.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('PT Sans')
    await tab.locator('.recommendation__more a').first().click()
    await tab.waitForLoadState()
    expect(tab.url()).toBe(`file://${siteDir}/recommendations/messengers/signal/index.html`)
    await tab.getByRole('link', {name: 'Главная'}).click()
    await tab.waitForLoadState()
    expect(tab.url()).toBe(`file://${siteDir}/index.html`)
    // The origin check does not apply to file:// (its origin is "null"): only failures count here.
    expect(problems.filter((p) => !p.startsWith('third-party request: file://'))).toEqual([])
    await tab.close()
  })

  it('fits a 320 px phone without sideways scrolling', async () => {
    for (const url of pages) {
      const tab = await context.newPage()
      await tab.setViewportSize({width: 320, height: 640})
      await tab.goto(server.origin + url, {waitUntil: 'networkidle'})
      expect(await tab.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(320)
      await tab.close()
    }
  })

  it('takes screenshots at 375 px and 1280 px', async () => {
    for (const [width, height] of [[375, 812], [1280, 900]] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        for (const [name, url] of [['home', '/'], ['messengers', '/recommendations/messengers/'], ['signal', '/recommendations/messengers/signal/']] as const) {
          const tab = await context.newPage()
          await tab.setViewportSize({width, height})
          await tab.emulateMedia({colorScheme: scheme})
          await tab.goto(server.origin + url, {waitUntil: 'networkidle'})
          // Nothing sticks out sideways on a phone.
          expect(await tab.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width}`).toBeLessThanOrEqual(width)
          await tab.screenshot({path: path.join(screenshots, `${name}-${width}-${scheme}.png`), fullPage: true})
          await tab.close()
        }
      }
    }
  })
})
