import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, test, vi} from 'vitest'
import {handoutFile, leafletFile, type SiteBundle} from '@samizdat/model'
import {recommendationTargets, renderHandout, renderPdf, printedUrl, resolveOptions, type DrawnBox} from '@samizdat/render-pdf'
import {crop, decodeAll, guide, normalise, pdfText, rasterise} from './helpers.js'

let bundle: SiteBundle
let out: string
let files: string[]
let warnings: string[]
const drawn = new Map<string, DrawnBox[]>()
const read = (file: string) => readFileSync(path.join(out, file))

beforeAll(async () => {
  bundle = await guide()
  out = mkdtempSync(path.join(tmpdir(), 'render-pdf-test-'))
  const result = await renderPdf(bundle, out, {
    onDraw: (file, box) => {
      if (!drawn.has(file)) drawn.set(file, [])
      drawn.get(file)?.push(box)
    }
  })
  files = result.files
  warnings = result.warnings
}, 120_000)

test('public API', async () => {
  expect(Object.keys(await import('@samizdat/render-pdf')).sort()).toEqual(
    ['blockHandlers', 'phrasingHandlers', 'printedUrl', 'recommendationTargets', 'renderHandout', 'renderLeaflet', 'renderPdf', 'resolveOptions', 'siteUrl'].sort()
  )
})

test('a leaflet per recommendation and a handout per page, sorted, no glyph warnings', () => {
  const expected = [...bundle.recommendations.map(leafletFile), ...bundle.pages.map(handoutFile)].sort()
  expect(bundle.recommendations.length).toBeGreaterThanOrEqual(3)
  expect(files).toEqual(expected)
  expect(warnings).toEqual([])
})

describe('leaflets', () => {
  test('name, platforms, summary, details and printed URLs extract with Cyrillic intact', async () => {
    for (const recommendation of bundle.recommendations) {
      const pages = await pdfText(read(leafletFile(recommendation)))
      expect(pages.length, recommendation.slug).toBeGreaterThanOrEqual(1)
      expect(pages.length, recommendation.slug).toBeLessThanOrEqual(2)
      const text = normalise(pages.join('\n'))
      expect(text).toContain(recommendation.name)
      for (const platform of recommendation.platforms) expect(text).toContain(platform.label)
      expect(text).toContain(normalise(recommendation.summaryText))
      for (const paragraph of recommendation.detailsText.split('\n\n')) expect(text).toContain(normalise(paragraph))
      // Printed addresses wrap after a slash; compare without white space.
      for (const target of recommendationTargets(bundle, recommendation)) expect(text.replace(/\s/g, '')).toContain(normalise(printedUrl(target.url)))
      expect(text).not.toContain('\u00AD')
    }
  })

  test('Signal: two A5 pages, QR codes decode to its official site and its page in the guide', async () => {
    const signal = bundle.recommendations.find((recommendation) => recommendation.slug === 'signal')
    expect(signal).toBeDefined()
    if (!signal) return
    const pdf = read(leafletFile(signal))
    const pages = await pdfText(pdf)
    expect(pages).toHaveLength(2)
    const [front] = rasterise(pdf)
    expect(front).toBeDefined()
    if (!front) return
    // A5 at 150 dpi.
    expect(Math.abs(front.width - 874)).toBeLessThan(3)
    const found = decodeAll(front)
    expect(found.sort()).toEqual(['https://samizdat.example/recommendations/messengers/signal/', 'https://signal.org/ru'].sort())
    // The instruction page does not exist yet: no QR code for it.
    expect(signal.links.some((link) => link.kind === 'guide' && !link.exists)).toBe(true)
  })
})

describe('handouts', () => {
  test('every page: title, headings, paragraphs, list items and footnoted URLs extract', async () => {
    for (const page of bundle.pages) {
      const pages = await pdfText(read(handoutFile(page)))
      const text = normalise(pages.join('\n'))
      expect(text).toContain(page.title)
      for (const heading of page.headings) expect(text).toContain(normalise(heading.text))
      // Page numbers: "n / N" on every page.
      pages.forEach((pageText, index) => expect(pageText).toContain(`${index + 1} / ${pages.length}`))
    }
    const messengers = bundle.pages.find((page) => page.source === 'recommendations/messengers.md')
    if (!messengers) throw new Error('the guide has no messengers page')
    const text = normalise((await pdfText(read(handoutFile(messengers)))).join('\n'))
    expect(text).toContain(normalise('Сквозное шифрование должно быть включено для всех чатов.'))
    // Collapsed admonitions print open.
    expect(text).toContain('Почему тут нет Telegram?')
    expect(text).toContain(normalise('Никаких подтверждений той или иной позиции у нас нет'))
    // External links become footnotes with their address.
    expect(text).toContain(normalise('telegram.org/faq#q-so-how-do-you-encrypt-data'))
    expect(text).toContain('signal.org/legal/')
  })

  test('the messengers handout has a QR code per recommendation link, each decoding to its URL', async () => {
    const messengers = bundle.pages.find((page) => page.source === 'recommendations/messengers.md')
    if (!messengers) throw new Error('the guide has no messengers page')
    const file = handoutFile(messengers)
    const images = rasterise(read(file))
    const codes = (drawn.get(file) ?? []).filter((box) => box.qr !== undefined)
    const decoded = codes.map((box) => {
      const image = images[box.page]
      if (!image) throw new Error(`no page ${box.page}`)
      return decodeAll(crop(image, box, 150))[0]
    })
    expect(decoded).toEqual(codes.map((box) => box.qr))
    for (const url of ['https://signal.org/ru', 'https://getsession.org', 'https://briarproject.org', 'https://samizdat.example/recommendations/messengers/briar/']) {
      expect(decoded.some((found) => found?.replace(/\/$/, '') === url.replace(/\/$/, '')), url).toBe(true)
    }
  })
})

test('hyphens: every letter-hyphen-letter inside an extracted line is a hyphen of the source', async () => {
  const source = [...bundle.pages.map((page) => JSON.stringify(page.tree)), ...bundle.recommendations.map((r) => r.detailsText + r.summaryText)].join(' ')
  for (const file of files) {
    for (const page of await pdfText(read(file))) {
      for (const match of page.matchAll(/[\p{L}\d]+-[\p{L}\d]+/gu)) expect(source, `${file}: ${match[0]}`).toContain(match[0])
    }
  }
})

test('nothing is drawn outside the text frame, and the printer margin band is white', () => {
  for (const file of files) {
    const pdf = read(file)
    const boxes = drawn.get(file) ?? []
    expect(boxes.length).toBeGreaterThan(0)
    const images = rasterise(pdf, 50)
    const sizeOf = (image: (typeof images)[number]) => ({width: (image.width / 50) * 72, height: (image.height / 50) * 72})
    for (const box of boxes) {
      const image = images[box.page]
      expect(image, `${file} page ${box.page}`).toBeDefined()
      if (!image) continue
      const page = sizeOf(image)
      // Body text and graphics stay 12 mm inside the paper; running titles and numbers 9 mm.
      const margin = ((box.kind === 'furniture' ? 9 : 12) * 72) / 25.4
      expect(box.x, `${file} ${JSON.stringify(box)}`).toBeGreaterThanOrEqual(margin - 0.5)
      expect(box.y).toBeGreaterThanOrEqual(margin - 0.5)
      expect(box.x + box.width, `${file} ${JSON.stringify(box)}`).toBeLessThanOrEqual(page.width - margin + 0.5)
      expect(box.y + box.height).toBeLessThanOrEqual(page.height - margin + 0.5)
    }
    // Pixels: an 8 mm band around each page is paper-white (cheap printers cannot print there).
    for (const image of images) {
      const band = Math.round((8 / 25.4) * 50)
      for (let y = 0; y < image.height; y++) {
        for (let x = 0; x < image.width; x++) {
          if (x >= band && x < image.width - band && y >= band && y < image.height - band) continue
          const offset = (y * image.width + x) * 4
          expect(image.data[offset], `${file} pixel ${x},${y}`).toBe(255)
        }
      }
    }
  }
})

test('two builds give byte-identical PDFs', async () => {
  const again = mkdtempSync(path.join(tmpdir(), 'render-pdf-again-'))
  await renderPdf(bundle, again)
  for (const file of files) expect(readFileSync(path.join(again, file)).equals(read(file)), file).toBe(true)
})

test('only: just the chosen units, listed by unit, the same bytes as in a full build', async () => {
  const [recommendation] = bundle.recommendations
  const [page] = bundle.pages
  if (!recommendation || !page) throw new Error('the guide has no recommendations or pages')
  const dir = mkdtempSync(path.join(tmpdir(), 'render-pdf-only-'))
  const result = await renderPdf(bundle, dir, {only: {recommendations: new Set([recommendation.slug]), pages: new Set([page.source])}})
  expect(result.files).toEqual([leafletFile(recommendation), handoutFile(page)].sort())
  expect(result.units).toEqual([
    {kind: 'recommendation', id: recommendation.slug, files: [leafletFile(recommendation)]},
    {kind: 'page', id: page.source, files: [handoutFile(page)]}
  ])
  for (const file of result.files) expect(readFileSync(path.join(dir, file)).equals(read(file)), file).toBe(true)
})

test('hostile links print as their text only: no annotation, no footnote', async () => {
  const [page] = bundle.pages
  if (!page) throw new Error('the guide has no pages')
  const link = (href: string, text: string) => ({type: 'link' as const, url: href, children: [{type: 'text' as const, value: text}], data: {resolved: {kind: 'external' as const, href}}})
  const tree: SiteBundle['pages'][number]['tree'] = {
    type: 'root',
    children: [{type: 'paragraph', children: [link('javascript:alert(1)', 'Нажми'), {type: 'text', value: ' и '}, link('data:text/html,x', 'смотри'), {type: 'text', value: ' или '}, link('https://example.org/ok', 'здесь')]}]
  }
  const {pdf} = await renderHandout(bundle, {...page, tree}, resolveOptions())
  const text = normalise((await pdfText(pdf)).join('\n'))
  expect(text).toContain('Нажми и смотри или здесь')
  expect(text).toContain('example.org/ok')
  expect(text).not.toMatch(/javascript|data:/)
  const raw = pdf.toString('latin1')
  expect(raw).toContain('(https://example.org/ok)')
  expect(raw).not.toMatch(/javascript|data:text/)
})

test('each PDF made alone, from fresh caches, is the same as made after the others', async () => {
  // Fonts, widths and pictures are cached per process; a fresh module instance starts them empty.
  for (const recommendation of bundle.recommendations) {
    vi.resetModules()
    const fresh = await import('@samizdat/render-pdf')
    const {pdf} = await fresh.renderLeaflet(bundle, recommendation, fresh.resolveOptions())
    expect(pdf.equals(read(leafletFile(recommendation))), recommendation.slug).toBe(true)
  }
  for (const page of bundle.pages) {
    vi.resetModules()
    const fresh = await import('@samizdat/render-pdf')
    const {pdf} = await fresh.renderHandout(bundle, page, fresh.resolveOptions())
    expect(pdf.equals(read(handoutFile(page))), page.key).toBe(true)
  }
}, 60_000)

describe('hyphenation follows the language', () => {
  test('breaks English words on an English site, keeps Latin words whole on a Russian one, breaks Cyrillic words on both', async () => {
    const {syllables} = await import('../src/hyphenate.js')
    expect(syllables('documentation', 'en').length).toBeGreaterThan(2)
    expect(syllables('documentation', 'en-GB').join('')).toBe('documentation')
    expect(syllables('documentation', 'ru')).toEqual(['documentation'])
    expect(syllables('шифрование', 'ru')).toEqual(['шиф', 'ро', 'ва', 'ние'])
    expect(syllables('шифрование', 'en')).toEqual(['шиф', 'ро', 'ва', 'ние'])
  })
})
