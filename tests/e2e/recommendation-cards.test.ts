// The fixture guide written for recommendation cards (34 cards in every shape real guides use,
// some incomplete), built by the `samizdat` command to all three outputs: every complete card
// shows its name, its summary (prose only), its homepage and its platforms in the HTML, in the
// card PNG's JSON sidecar and in the leaflet; every QR code decodes to an address of the card;
// every incomplete card has its diagnostic; `check --format json` lists the fields.
import {execFile} from 'node:child_process'
import {mkdtemp, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {beforeAll, describe, expect, it} from 'vitest'
import {leafletFile, loadSite, type Diagnostic, type Download, type Platform, type RecommendationLink} from '@samizdat/model'
import {renderPdf, type DrawnBox} from '@samizdat/render-pdf'
import {crop, decodeAll, normalise, pdfText, rasterise} from '../../packages/render-pdf/test/helpers.js'

const run = promisify(execFile)
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = path.join(repo, 'apps/cli/dist/bin.js')
const guide = path.join(repo, 'tests/fixtures/cards-guide')
const guideEn = path.join(repo, 'tests/fixtures/cards-guide-en')

/** A recommendation as `samizdat check --format json` lists it. */
interface Listed {
  slug: string
  name: string
  page: string
  line: number
  column: number
  url: string
  complete: boolean
  summary: string
  homepage: string | null
  links: RecommendationLink[]
  downloads: Download[]
  platforms: Platform[]
  logo: {light: string | null; dark: string | null}
  details: string
}

interface Report {
  ok: boolean
  cards: {total: number; complete: number}
  recommendations: Listed[]
  diagnostics: Diagnostic[]
}

async function samizdat(args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await run(process.execPath, [bin, ...args], {cwd: repo, maxBuffer: 64 << 20})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string}
    return {code: e.code, stdout: e.stdout, stderr: e.stderr}
  }
}

// Platform names may appear in prose ("a client for Android and iOS"); stores and link labels may not.
const platformNames = new Set(['Android', 'iOS', 'Windows', 'macOS', 'Linux'])
const printed = (url: string) => url.replace(/^https:\/\//, '').replace(/^([^/]+)\/$/, '$1')
/** A fixture guide built by the command, checked as JSON, and where its leaflets draw their QR codes. */
interface Built {
  out: string
  siteUrl: string
  report: Report
  complete: Listed[]
  /** From the PDF renderer itself (the same layout the command wrote), by leaflet file. */
  qrBoxes: Map<string, DrawnBox[]>
}

async function build(dir: string, siteUrl: string): Promise<Built> {
  const out = await mkdtemp(path.join(tmpdir(), 'samizdat-cards-guide-'))
  const built = await samizdat(['build', dir, '--out', out])
  expect(built.stderr).not.toMatch(/error:/)
  expect(built.code).toBe(0)
  const report = JSON.parse((await samizdat(['check', dir, '--format', 'json'])).stdout) as Report
  const complete = report.recommendations.filter((r) => r.complete)
  const qrBoxes = new Map<string, DrawnBox[]>()
  const only = {pages: new Set<string>(), recommendations: new Set(complete.map((r) => r.slug))}
  const again = await mkdtemp(path.join(tmpdir(), 'samizdat-cards-guide-pdf-'))
  await renderPdf(await loadSite(dir), again, {only, onDraw: (file, box) => box.qr !== undefined && qrBoxes.set(file, [...(qrBoxes.get(file) ?? []), box])})
  return {out, siteUrl, report, complete, qrBoxes}
}

const guides: Record<'ru' | 'en', Built> = {} as Record<'ru' | 'en', Built>

beforeAll(async () => {
  guides.ru = await build(guide, 'https://cards.example.org')
  guides.en = await build(guideEn, 'https://en.cards.example.org')
}, 600_000)

describe('recommendation cards in all three outputs (tests/fixtures/cards-guide)', () => {
  let report: Report

  beforeAll(() => {
    report = guides.ru.report
  })

  it('finds every card with a name, and says how many are complete', async () => {
    // 34 cards on the pages; one has no name and cannot be a recommendation.
    expect(report.cards).toEqual({total: 33, complete: 29})
    expect(report.recommendations).toHaveLength(33)
    expect(guides.ru.complete.map((r) => r.name)).toEqual(expect.arrayContaining(['Beacon', 'Lynx Mail', 'Harbor Mail', 'Pebble Alias', 'Marten Browser', 'Oakleaf', 'Aurora VPN', 'Tundra Tunnel', 'Ivy Notes']))
    const text = await samizdat(['check', guide])
    expect(text.stdout).toMatch(/\n33 recommendation cards, 29 complete\n$/)
  })

  it('check --format json lists each recommendation with its fields', () => {
    const harbor = report.recommendations.find((r) => r.name === 'Harbor Mail')!
    expect(harbor).toEqual(
      expect.objectContaining({slug: 'harbor-mail', page: 'email.md', url: '/email/harbor-mail/', complete: true, homepage: 'https://harbor.example.de'})
    )
    expect(harbor.line).toBeGreaterThan(0)
    expect(harbor.logo).toEqual(expect.objectContaining({light: 'assets/logos/harbor-black.svg', dark: 'assets/logos/harbor-white.svg'}))
    expect(harbor.links.map((l) => l.kind)).toEqual(['homepage', 'privacy', 'documentation', 'source', 'contribute'])
    expect(harbor.downloads).toHaveLength(12)
    expect(harbor.platforms.map((p) => p.id)).toEqual(['android', 'ios', 'windows', 'macos', 'linux', 'browser'])
    expect(harbor.details).toMatch(/^Harbor Mail умеет импортировать/)
  })

  it.each(['ru', 'en'] as const)('keeps every summary (%s) to prose: no button or icon-link labels, no store names', (language) => {
    for (const card of guides[language].report.recommendations) {
      const words = [...card.links.map((l) => l.label), ...card.downloads.map((d) => d.label).filter((label) => !platformNames.has(label)), 'Скачать', 'Downloads']
      for (const word of words) expect(card.summary, `${card.name}: "${word}"`).not.toContain(word)
      expect(card.summary, card.name).not.toMatch(/\{|\}|\.md-button|card-link/)
    }
  })

  it.each(['ru', 'en'] as const)('every complete card (%s) has its name, summary, homepage and platforms on its HTML page, with its icon links and downloads', async (language) => {
    const {out, complete} = guides[language]
    expect(complete.length).toBeGreaterThan(3)
    for (const card of complete) {
      const html = await readFile(path.join(out, 'site', card.url, 'index.html'), 'utf8')
      const text = html.replace(/<[^>]+>/g, ' ').replace(/&#x3C;|&lt;/g, '<').replace(/\s+/g, ' ')
      expect(html, card.name).toContain(`<h1>${card.name.replace(/"/g, '&#x22;')}</h1>`)
      expect(text, card.name).toContain(card.summary.replace(/\s+/g, ' ').slice(0, 60))
      expect(html, card.name).toContain(`href="${card.homepage!}"`)
      for (const platform of card.platforms) expect(text, `${card.name}: ${platform.label}`).toContain(platform.label)
      for (const link of card.links.filter((l) => l.style === 'icon')) {
        expect(html, `${card.name}: ${link.label}`).toMatch(new RegExp(`<a[^>]*class="card-link"[^>]*aria-label="${link.label}"|<a[^>]*aria-label="${link.label}"[^>]*class="card-link"`))
      }
      if (card.downloads.length > 0) {
        expect(html, card.name).toContain('<details class="downloads"')
        for (const download of card.downloads) expect(html, `${card.name}: ${download.label}`).toContain(`href="${download.href.replace(/&/g, '&#x26;')}"`)
      }
    }
  })

  it.each(['ru', 'en'] as const)('every complete card (%s) has its name, summary, homepage and platforms in its share cards’ JSON', async (language) => {
    const {out, complete} = guides[language]
    for (const card of complete) {
      for (const size of ['og', 'square', 'story']) {
        const meta = JSON.parse(await readFile(path.join(out, 'cards', `${card.slug}-${size}.json`), 'utf8')) as {
          alt: string
          recommendation: {name: string; summary: string; homepage: string | null; platforms: string[]}
        }
        expect(meta.recommendation, `${card.slug}-${size}`).toEqual(
          expect.objectContaining({name: card.name, summary: card.summary, homepage: card.homepage, platforms: card.platforms.map((p) => p.label)})
        )
        expect(meta.alt).toContain(card.name)
        for (const platform of card.platforms) expect(meta.alt, `${card.slug}: ${platform.label}`).toContain(platform.label)
      }
    }
  })

  it.each(['ru', 'en'] as const)('every complete card’s leaflet (%s) prints its name, summary, homepage and platforms, and every QR code decodes to one of its addresses', async (language) => {
    const {out, complete, qrBoxes, siteUrl} = guides[language]
    for (const card of complete) {
      const pdf = await readFile(path.join(out, 'leaflets', `${card.slug}.pdf`))
      const text = normalise((await pdfText(pdf)).join('\n'))
      expect(text, card.name).toContain(normalise(card.name))
      expect(text, card.name).toContain(normalise(card.summary).slice(0, 50))
      // Addresses and platform rows break across lines where they must.
      const flat = text.replace(/\s/g, '')
      expect(flat, card.name).toContain(normalise(printed(card.homepage!)))
      for (const platform of card.platforms) expect(flat, `${card.name}: ${platform.label}`).toContain(normalise(platform.label).replace(/\s/g, ''))
      // Every address of the card is a QR code or printed: downloads and icon links alike. Each
      // code is cropped from the page where the renderer drew it and decoded on its own.
      const images = rasterise(pdf)
      const boxes = qrBoxes.get(leafletFile({slug: card.slug})) ?? []
      const decoded = boxes.map((box) => decodeAll(crop(images[box.page]!, box, 150))[0] ?? '')
      expect(decoded, card.name).toEqual(boxes.map((box) => box.qr))
      const addresses = new Set([
        card.homepage!,
        `${siteUrl}${card.url}`,
        ...card.links.filter((l) => l.exists).map((l) => (l.external ? l.href : `${siteUrl}${l.href}`)),
        ...card.downloads.map((d) => d.href)
      ])
      expect(decoded, card.name).toContain(card.homepage)
      expect(decoded, card.name).toContain(`${siteUrl}${card.url}`)
      for (const url of decoded) expect(addresses, `${card.name}: ${url}`).toContain(url)
      for (const url of addresses) {
        if (!decoded.includes(url)) expect(flat, `${card.name}: ${url}`).toContain(normalise(printed(url)).replace(/\s/g, ''))
      }
    }
  }, 300_000)

  it('the English guide: four complete cards, no card warnings', () => {
    expect(guides.en.report.cards).toEqual({total: 4, complete: 4})
    expect(guides.en.report.recommendations.map((r) => r.name)).toEqual(['Example Messenger', 'Beacon', 'Kestrel', 'Wren'])
    expect(guides.en.report.diagnostics.filter((d) => d.rule === 'recommendation')).toEqual([])
  })

  it('every incomplete card has its diagnostic at its place', () => {
    const warnings = report.diagnostics.filter((d) => d.rule === 'recommendation').map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`)
    expect(warnings).toEqual([
      expect.stringMatching(/^docs\/incomplete\.md:17:1: recommendation card has no name: the heading "Разное" holds several cards/),
      expect.stringMatching(/^docs\/incomplete\.md:24:1: recommendation card "Birch" has no homepage/),
      expect.stringMatching(/^docs\/incomplete\.md:31:1: recommendation card "Cedar" has no summary/),
      expect.stringMatching(/^docs\/incomplete\.md:40:5: the body of recommendation card "Willow" is a code block .* the card will be empty/),
      expect.stringMatching(/^docs\/incomplete\.md:46:1: recommendation card "Осторожно, подделки" has no link at all/)
    ])
    for (const card of report.recommendations.filter((r) => !r.complete)) {
      expect(warnings.some((w) => w.includes(`"${card.name}"`)), card.name).toBe(true)
    }
  })
})
