import {readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {formatDiagnostic, loadSite, type Recommendation, type SiteBundle} from '@samizdat/model'
import {expectFixture} from '../../../tests/support/fixture.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const cases = path.join(here, 'cards')
const languages = ['en', 'ru'] as const

/** The extracted model of every card, field by field (the syntax trees as their text), and the card diagnostics. */
function cardsDigest(bundle: SiteBundle): string {
  const card = (r: Recommendation) => ({
    slug: r.slug,
    name: r.name,
    url: r.url,
    anchor: r.anchor,
    cardAnchor: r.cardAnchor,
    line: r.position.start.line,
    logo: r.logo,
    platforms: r.platforms,
    summary: r.summaryText,
    homepage: r.homepage,
    links: r.links,
    downloads: r.downloads,
    details: r.detailsText
  })
  const diagnostics = bundle.diagnostics.filter((d) => d.severity !== 'note').map((d) => formatDiagnostic(d))
  return `${JSON.stringify({recommendations: bundle.recommendations.map(card), diagnostics}, null, 2)}\n`
}

async function load(name: string): Promise<SiteBundle> {
  return loadSite(path.join(cases, name), {env: {}})
}

function only(bundle: SiteBundle, name: string): Recommendation {
  const found = bundle.recommendations.find((r) => r.name === name)
  expect(found, `a card named ${name}`).toBeDefined()
  return found!
}

describe('recommendation cards, every shape', () => {
  for (const name of readdirSync(cases).sort()) {
    it(`fixture: ${name}`, async () => {
      expectFixture(path.join(cases, name, 'expected.json'), cardsDigest(await load(name)))
    })
  }

  for (const language of languages) {
    it(`seed form (${language}): the product heading names it; platforms as listed; buttons are homepage and instructions`, async () => {
      const bundle = await load(`seed-${language}`)
      expect(bundle.recommendations.map((r) => r.name)).toEqual(['Signal', 'Briar'])
      const signal = only(bundle, 'Signal')
      expect(signal.slug).toBe('signal')
      expect(signal.anchor).toBe('signal')
      expect(signal.cardAnchor).toBe(false)
      expect(signal.platforms.map((p) => p.id)).toEqual(language === 'en' ? ['android', 'ios', 'linux'] : ['android', 'ios', 'windows'])
      expect(signal.summaryText).toMatch(/^Signal (encrypts|шифрует)/)
      expect(signal.homepage).toBe(language === 'en' ? 'https://signal.example.org' : 'https://signal.example.org/ru')
      expect(signal.links.map((l) => [l.kind, l.style, l.external, l.exists])).toEqual([
        ['homepage', 'button', true, true],
        ['instructions', 'button', false, true]
      ])
      expect(signal.logo).toEqual(expect.objectContaining({light: 'signal.svg', dark: 'signal.svg', width: 100, align: 'right'}))
      expect(signal.downloads).toEqual([])
      expect(signal.detailsText).toMatch(/^Signal (keeps no|не хранит)/)
      expect(only(bundle, 'Briar').logo.light).toBeNull()
      expect(bundle.diagnostics.filter((d) => d.rule === 'recommendation')).toEqual([])
    })

    it(`several cards under a section (${language}): each named by its bold text, never by the section`, async () => {
      const bundle = await load(`section-${language}`)
      const names = language === 'en' ? ['Ivy Notes', 'Moss', 'Wren'] : ['Ivy Notes', 'Мох', 'Wren']
      expect(bundle.recommendations.map((r) => r.name)).toEqual(names)
      const ivy = only(bundle, 'Ivy Notes')
      expect(ivy.cardAnchor).toBe(true)
      expect(ivy.anchor).toBe(ivy.slug)
      // Details run to the next card, not across it.
      expect(ivy.detailsText).toMatch(/^Ivy (syncs|синхронизируется)/)
      expect(ivy.details).toHaveLength(1)
      const wren = only(bundle, 'Wren')
      expect(wren.cardAnchor).toBe(false)
      // A product heading's details keep its subheadings, up to the next heading of its level.
      expect(wren.details.map((n) => n.type)).toEqual(['paragraph', 'heading', 'paragraph'])
      expect(bundle.diagnostics.filter((d) => d.rule === 'recommendation')).toEqual([])
    })

    it(`Markdown in HTML (${language}): links with kinds, downloads, platforms from the downloads, a summary of prose only`, async () => {
      const bundle = await load(`html-${language}`)
      const card = only(bundle, 'Example Messenger')
      expect(card.summaryText).toMatch(/^Example Messenger (is a mobile app|— мобильное приложение)/)
      for (const word of ['Homepage', 'Домашняя', 'Google Play', 'App Store', 'GitHub', 'Downloads', 'Скачать', 'Privacy', 'Политика']) expect(card.summaryText).not.toContain(word)
      expect(card.homepage).toBe(language === 'en' ? 'https://example.org' : 'https://example.org/ru')
      expect(card.links.map((l) => [l.kind, l.style])).toEqual([
        ['homepage', 'button'],
        ['privacy', 'icon'],
        ['documentation', 'icon'],
        ['source', 'icon'],
        ['contribute', 'icon']
      ])
      expect(card.links[1]!.label).toBe(language === 'en' ? 'Privacy Policy' : 'Политика конфиденциальности')
      expect(card.links[1]!.title).toBe(card.links[1]!.label)
      if (language === 'en') {
        expect(card.downloads.map((d) => [d.label, d.platform])).toEqual([
          ['Google Play', 'android'],
          ['App Store', 'ios'],
          ['GitHub', null],
          ['Windows', 'windows'],
          ['macOS', 'macos'],
          ['Linux', 'linux'],
          ['Flathub', 'linux'],
          ['Firefox', 'browser']
        ])
        expect(card.platforms.map((p) => p.label)).toEqual(['Android', 'iOS', 'Windows', 'macOS', 'Linux', 'Browser extension'])
      } else {
        expect(card.downloads.map((d) => [d.label, d.platform])).toEqual([
          ['Google Play', 'android'],
          ['F-Droid', 'android'],
          ['App Store', 'ios'],
          ['Snap', 'linux']
        ])
        expect(card.platforms.map((p) => p.label)).toEqual(['Android', 'iOS', 'Linux'])
      }
      expect(card.downloads[0]!.href).toBe('https://play.google.com/store/apps/details?id=org.example')
      expect(card.logo).toEqual(expect.objectContaining({light: 'example.svg', dark: 'example.svg', width: null, align: 'right'}))
      expect(card.detailsText).toMatch(/^Example Messenger (keeps|хранит)/)
    })

    it(`indented form (${language}): links on one paragraph, ??? downloads, unquoted titles`, async () => {
      const bundle = await load(`indented-${language}`)
      const card = only(bundle, 'Aurora VPN')
      expect(card.summaryText).toBe(language === 'en' ? 'Aurora VPN keeps no connection logs.' : 'Aurora VPN не ведёт журналы подключений.')
      expect(card.links.map((l) => [l.kind, l.label])).toEqual(
        language === 'en'
          ? [
              ['homepage', 'Homepage'],
              ['privacy', 'Privacy'],
              ['documentation', 'Documentation'],
              ['source', 'Source Code']
            ]
          : [
              ['homepage', 'Домашняя страница'],
              ['privacy', 'Политика конфиденциальности'],
              ['documentation', 'Документация'],
              ['source', 'Исходный код']
            ]
      )
      expect(card.downloads.map((d) => d.platform)).toEqual(['android', 'ios', 'windows', 'linux'])
      expect(card.platforms.map((p) => p.id)).toEqual(['android', 'ios', 'windows', 'linux'])
      expect(bundle.diagnostics.filter((d) => d.severity !== 'note')).toEqual([])
    })

    it(`logos (${language}): light and dark variants, one variant for both, a missing file, none`, async () => {
      const bundle = await load(`logos-${language}`)
      expect(only(bundle, 'Kestrel').logo).toEqual(expect.objectContaining({light: 'kestrel-light.svg', dark: 'kestrel-dark.svg', width: 100, align: 'right'}))
      expect(only(bundle, 'Quill').logo).toEqual(expect.objectContaining({light: 'kestrel-dark.svg', dark: 'kestrel-dark.svg', width: null, align: 'left'}))
      expect(only(bundle, 'Sparrow').logo).toEqual(expect.objectContaining({light: null, dark: null, width: 120, align: null}))
      expect(only(bundle, 'Plain').logo).toEqual(expect.objectContaining({light: null, dark: null, width: null, align: null}))
      expect(bundle.diagnostics.filter((d) => d.severity !== 'note').map((d) => d.rule)).toEqual(['asset-missing'])
    })

    it(`guide links (${language}): a primary button to the guide's page is not the homepage; icon links take their kind from the title, else the icon`, async () => {
      const bundle = await load(`guide-links-${language}`)
      const card = only(bundle, 'Beacon')
      expect(card.homepage).toBe('https://beacon.example.org')
      expect(card.links.map((l) => [l.kind, l.style, l.external])).toEqual([
        ['homepage', 'button', true],
        ['instructions', 'button', false],
        ['privacy', 'icon', true],
        ['documentation', 'icon', true],
        ['source', 'icon', true],
        ['other', 'icon', true]
      ])
      expect(card.links[1]!.href).toBe('/guides/beacon/')
      // An icon link without a title is named by the catalogue's word for its kind.
      expect(card.links[3]!.label).toBe(language === 'en' ? 'Documentation' : 'Документация')
      expect(card.links[5]!.label).toBe(language === 'en' ? 'Link' : 'Ссылка')
      expect(bundle.diagnostics.filter((d) => d.severity !== 'note')).toEqual([])
    })
  }
})
