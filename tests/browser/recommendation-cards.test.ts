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
const screenshots = path.join(root, 'tests/.output/recommendation-cards')

let browsing: Browsing | undefined
let context: BrowserContext
let server: Browsing['server']

beforeAll(async () => {
  const bundle = await loadSite(path.join(root, 'tests/fixtures/cards-guide'))
  const out = await mkdtemp(path.join(tmpdir(), 'samizdat-cards-site-'))
  await renderHtml(bundle, out, {search: false})
  browsing = await browse(out, screenshots)
  ;({server, context} = browsing)
}, 120_000)

afterAll(async () => {
  await browsing?.close()
})

async function open(url: string, width = 1280): Promise<Page> {
  const tab = await context.newPage()
  await tab.setViewportSize({width, height: 900})
  await tab.goto(`${server.origin}${url}`, {waitUntil: 'networkidle'})
  return tab
}

describe('recommendation cards in Chromium', () => {
  it('name icon links by their titles, list the downloads behind a Downloads summary, and pass axe', async () => {
    const tab = await open('/email/')
    const harbor = tab.locator('.recommendation', {has: tab.locator('.recommendation__name', {hasText: 'Harbor Mail'})})
    for (const name of ['Политика конфиденциальности', 'Документация', 'Исходный код', 'Поддержать']) {
      const link = harbor.getByRole('link', {name, exact: true})
      await expect(link.count(), name).resolves.toBe(1)
      // The icon is drawn: the link is a real target, not an empty box.
      const box = await link.boundingBox()
      expect(box!.width, name).toBeGreaterThanOrEqual(24)
    }
    const downloads = harbor.locator('details.downloads')
    await expect(downloads.locator('summary').textContent()).resolves.toBe('Скачать')
    expect(await downloads.getByRole('link', {name: 'Google Play'}).isVisible()).toBe(false)
    await downloads.locator('summary').click()
    expect(await downloads.getByRole('link', {name: 'Google Play'}).isVisible()).toBe(true)
    expect(await downloads.getByRole('link').count()).toBe(12)
    expect(await seriousAxeViolations(tab)).toEqual([])
    await harbor.screenshot({path: path.join(screenshots, 'harbor-mail.png')})
    await tab.close()
  })

  it('give a card named by its bold text its own anchor, which the card’s page links back to', async () => {
    const own = await open('/email/pebble-alias/')
    const back = await own.locator('.recommendation__back a').getAttribute('href')
    expect(back).toMatch(/#pebble-alias$/)
    await own.close()
    const tab = await open('/email/#pebble-alias')
    const card = tab.locator('#pebble-alias')
    await expect(card.locator('.recommendation__name').textContent()).resolves.toBe('Pebble Alias')
    expect(await card.isVisible()).toBe(true)
    await tab.close()
  })
})
