// The print renderer on the fixture guides written for it: 34 recommendation cards in every
// shape (some incomplete), a long page with nested lists, wide tables, code and pictures, and an
// English guide. Every PDF the bundles give is checked, so new cards are covered as they come.
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, test} from 'vitest'
import {handoutFile, leafletFile, loadSite, type Recommendation, type SiteBundle} from '@samizdat/model'
import {messagesFor} from '@samizdat/messages'
import {renderLeaflet, renderPdf, resolveOptions, siteUrl, type DrawnBox, type Target} from '@samizdat/render-pdf'
import {crop, decodeAll, normalise, pdfText, rasterise} from './helpers.js'
import {inspectPdf, overlaps, walk, type InspectedPage} from './inspect-pdf.js'

const fixtures = fileURLToPath(new URL('../../../tests/fixtures/', import.meta.url))

interface Rendered {
  file: string
  pdf: Buffer
  boxes: DrawnBox[]
  pages: InspectedPage[]
  kind: 'leaflet' | 'handout'
}

interface Guide {
  bundle: SiteBundle
  documents: Rendered[]
}

const guides: Record<'ru' | 'en', Guide> = {} as Record<'ru' | 'en', Guide>

async function renderGuide(dir: string): Promise<Guide> {
  const bundle = await loadSite(path.join(fixtures, dir))
  const out = mkdtempSync(path.join(tmpdir(), `render-pdf-${dir}-`))
  const boxes = new Map<string, DrawnBox[]>()
  const result = await renderPdf(bundle, out, {onDraw: (file, box) => boxes.set(file, [...(boxes.get(file) ?? []), box])})
  expect(result.warnings).toEqual([])
  const leaflets = new Set(bundle.recommendations.map(leafletFile))
  const documents: Rendered[] = []
  for (const file of result.files) {
    const pdf = readFileSync(path.join(out, file))
    documents.push({file, pdf, boxes: boxes.get(file) ?? [], pages: await inspectPdf(pdf), kind: leaflets.has(file) ? 'leaflet' : 'handout'})
  }
  return {bundle, documents}
}

beforeAll(async () => {
  guides.ru = await renderGuide('cards-guide')
  guides.en = await renderGuide('cards-guide-en')
}, 300_000)

const all = () => [...guides.ru.documents, ...guides.en.documents]
const mm = 72 / 25.4

test('the fixture guides give a leaflet per card the model sees and a handout per page', () => {
  for (const {bundle, documents} of Object.values(guides)) {
    expect(bundle.recommendations.length).toBeGreaterThan(0)
    expect(documents.map((document) => document.file).sort()).toEqual([...bundle.recommendations.map(leafletFile), ...bundle.pages.map(handoutFile)].sort())
  }
  expect(guides.ru.bundle.recommendations.length).toBeGreaterThanOrEqual(25)
})

test('every leaflet is one sheet: exactly two A5 pages', () => {
  for (const document of all().filter((each) => each.kind === 'leaflet')) {
    expect(document.pages.length, document.file).toBe(2)
    for (const page of document.pages) {
      expect(Math.round(page.width), document.file).toBe(420)
      expect(Math.round(page.height), document.file).toBe(595)
    }
  }
})

test('nothing overlaps: no two lines of text, no text and a picture or QR code, no two pictures', () => {
  for (const document of all()) {
    document.pages.forEach((page, index) => {
      const where = `${document.file} page ${index + 1}`
      const {texts} = page
      for (let a = 0; a < texts.length; a++) {
        for (let b = a + 1; b < texts.length; b++) {
          const [first, second] = [texts[a], texts[b]] as [(typeof texts)[number], (typeof texts)[number]]
          if (overlaps(first, second)) expect.fail(`${where}: "${first.str}" overlaps "${second.str}"`)
        }
      }
      const pictures = document.boxes
        .filter((box) => box.page === index && box.kind === 'image')
        .map((box) => ({...box, right: box.x + box.width, top: box.y, bottom: box.y + box.height}))
      for (const picture of pictures) {
        for (const text of texts) if (overlaps(picture, text)) expect.fail(`${where}: "${text.str}" is drawn over ${picture.qr ? `the QR code of ${picture.qr}` : 'a picture'}`)
        for (const other of pictures) if (other !== picture && overlaps(picture, other)) expect.fail(`${where}: two pictures overlap`)
      }
    })
  }
})

test('an 8 mm margin around every page stays white', () => {
  const dpi = 40
  const band = Math.round((8 / 25.4) * dpi)
  for (const document of all()) {
    rasterise(document.pdf, dpi).forEach((image, index) => {
      for (let y = 0; y < image.height; y++) {
        for (let x = 0; x < image.width; x++) {
          if (x >= band && x < image.width - band && y >= band && y < image.height - band) continue
          const offset = (y * image.width + x) * 4
          if (image.data[offset] !== 255 || image.data[offset + 1] !== 255 || image.data[offset + 2] !== 255) {
            expect.fail(`${document.file} page ${index + 1}: pixel ${x},${y} in the margin is not white`)
          }
        }
      }
    })
  }
}, 120_000)

test('no page holds fewer than three words, but for the last page of a handout', () => {
  for (const document of all()) {
    document.pages.forEach((page, index) => {
      if (document.kind === 'handout' && index === document.pages.length - 1) return
      expect(page.words, `${document.file} page ${index + 1}`).toBeGreaterThanOrEqual(3)
    })
  }
})

describe('tagged PDF', () => {
  test('every page: all content is tagged or an artifact, and every tagged piece is in the structure tree', () => {
    for (const document of all()) {
      document.pages.forEach((page, index) => {
        const where = `${document.file} page ${index + 1}`
        expect(page.untagged, where).toEqual([])
        expect(page.tree, where).not.toBeNull()
        const inTree = new Set<string>()
        walk(page.tree, (node) => {
          if (node.type === 'content' && node.id) inTree.add(node.id.replace(/^.*_/, ''))
        })
        for (const mcid of page.mcids) expect(inTree.has(mcid), `${where}: marked content ${mcid} is in no structure element`).toBe(true)
      })
    }
  })

  test('every figure has alt text', () => {
    let figures = 0
    for (const document of all()) {
      for (const page of document.pages) {
        walk(page.tree, (node) => {
          if (node.role !== 'Figure') return
          figures++
          expect(node.alt?.trim(), document.file).toBeTruthy()
        })
      }
    }
    expect(figures).toBeGreaterThan(50)
  })

  test('the structure tree reads in the order the page does: top to bottom, side by side left to right', () => {
    for (const document of all()) {
      document.pages.forEach((page, index) => {
        const first = new Map<string, (typeof page.texts)[number]>()
        for (const text of page.texts) if (text.mcid && !first.has(text.mcid)) first.set(text.mcid, text)
        let previous: (typeof page.texts)[number] | undefined
        walk(page.tree, (node) => {
          const text = node.type === 'content' && node.id ? first.get(node.id) : undefined
          if (!text) return
          if (previous && text.top < previous.top - 2) expect.fail(`${document.file} page ${index + 1}: "${text.str}" comes after "${previous.str}" in the structure tree but above it on the page`)
          previous = text
        })
      })
    }
  })
})

describe('handouts', () => {
  test('complete: every heading and the start of every paragraph and list item extract', async () => {
    for (const {bundle, documents} of Object.values(guides)) {
      for (const page of bundle.pages) {
        const document = documents.find((each) => each.file === handoutFile(page))
        if (!document) throw new Error(`no handout of ${page.source}`)
        const text = normalise((await pdfText(document.pdf)).join('\n')).replace(/\s/g, '')
        for (const heading of page.headings) expect(text, page.source).toContain(normalise(heading.text).replace(/\s/g, ''))
        walk(page.tree as never, (node: {type?: string; children?: unknown[]}) => {
          if (node.type !== 'paragraph' || isInCard(node, page.tree)) return
          const start = normalise(plain(node)).replace(/\s/g, '').slice(0, 30)
          if (start) expect(text, `${page.source}: ${start}`).toContain(start)
        })
      }
    }
  })

  test("the long page's handout takes no more pages than its text needs", () => {
    const page = guides.ru.bundle.pages.find((each) => each.source === 'long.md')
    const document = guides.ru.documents.find((each) => each.file === (page && handoutFile(page)))
    if (!page || !document) throw new Error('no long page')
    const needed = linesNeeded(page.tree, 493, 10.5)
    // A4 with 18 mm sides and 22 mm top and bottom: 718 pt of text, lines 1.32 × 10.5 pt.
    const pages = Math.ceil((needed * 1.32 * 10.5) / 718)
    expect(needed).toBeGreaterThan(300)
    expect(document.pages.length).toBeLessThanOrEqual(Math.ceil(pages * 1.25) + 1)
  })
})

describe('leaflets', () => {
  test('English guides print English words only', async () => {
    for (const document of guides.en.documents) {
      const text = (await pdfText(document.pdf)).join('\n')
      expect(text, document.file).not.toMatch(/[а-яё]/i)
      if (document.kind === 'leaflet' && document.boxes.some((box) => box.qr)) expect(text, document.file).toContain(messagesFor('en').qrIntro)
    }
  })

  test('details too long for the back end at a paragraph, with "continued in the guide" and a QR code to the card’s page', async () => {
    const quill = card('quill-keys')
    const long: Recommendation = {...quill, details: [...quill.details, ...quill.details, ...quill.details]}
    const boxes: DrawnBox[] = []
    const {pdf} = await renderLeaflet(guides.ru.bundle, long, resolveOptions({onDraw: (_file, box) => boxes.push(box)}))
    const pages = await pdfText(pdf)
    expect(pages).toHaveLength(2)
    const continued = normalise(messagesFor('ru').continuedInGuide)
    const back = normalise(pages[1] ?? '')
    expect(back).toContain(continued)
    const body = back.slice(0, back.indexOf(continued))
    const paragraphs = quill.details.map((node) => normalise(plain(node)))
    expect(paragraphs.some((paragraph) => body.trimEnd().endsWith(paragraph.slice(-40)))).toBe(true)
    const url = siteUrl(guides.ru.bundle.site, quill.url)
    expect(decodedOn(pdf, boxes, 1)).toContain(url)
  })

  test('a site’s own strings (`messages:` in its config) replace the catalogue’s', async () => {
    const quill = card('quill-keys')
    const long: Recommendation = {...quill, details: [...quill.details, ...quill.details, ...quill.details]}
    const messages = {qrIntro: 'Наведите камеру:', moreAbout: 'Всё о {name}', continuedInGuide: 'Дальше — на сайте:', pageNumber: 'стр. {page} из {pages}'}
    const bundle: SiteBundle = {...guides.ru.bundle, site: {...guides.ru.bundle.site, messages}}
    const {pdf} = await renderLeaflet(bundle, long, resolveOptions())
    const [front, back] = (await pdfText(pdf)).map(normalise)
    expect(front).toContain('Наведите камеру:')
    expect(front).not.toContain(normalise(messagesFor('ru').qrIntro))
    expect(front).toContain('стр. 1 из 2')
    expect(back).toContain(normalise(`Всё о ${quill.name}`))
    expect(back).toContain('Дальше — на сайте:')
  })

  test('a QR row takes any number of targets: main codes, downloads by group, the rest as printed addresses', async () => {
    const beacon = card('beacon')
    const stores = ['Google Play', 'F-Droid', 'App Store', 'Windows', 'macOS', 'Linux']
    const targets: Target[] = [
      {label: 'Официальный сайт', url: 'https://beacon.example.org', role: 'main'},
      {label: 'В нашем гиде', url: siteUrl(guides.ru.bundle.site, beacon.url), role: 'main'},
      ...stores.flatMap((store, index) => [
        {label: store, url: `https://dl.example.org/${index}/a`, role: 'download' as const, group: store},
        {label: `${store} (beta)`, url: `https://dl.example.org/${index}/b`, role: 'download' as const, group: store}
      ]),
      ...['Политика конфиденциальности', 'Документация', 'Исходный код', 'Поддержать'].map((label, index) => ({label, url: `https://beacon.example.org/link/${index}`, role: 'link' as const}))
    ]
    const boxes: DrawnBox[] = []
    const {pdf} = await renderLeaflet(guides.ru.bundle, beacon, resolveOptions({onDraw: (_file, box) => boxes.push(box)}), targets)
    const pages = await pdfText(pdf)
    expect(pages).toHaveLength(2)
    const codes = boxes.filter((box) => box.qr !== undefined).map((box) => box.qr as string)
    expect(codes.slice(0, 2)).toEqual(['https://beacon.example.org', siteUrl(guides.ru.bundle.site, beacon.url)])
    expect(codes.length).toBeGreaterThan(2)
    // Every target is either a code or a printed address, and a group is never split.
    const printed = normalise(pages.join('\n')).replace(/\s/g, '')
    for (const target of targets) {
      const coded = codes.includes(target.url)
      expect(coded || printed.includes(target.url.replace('https://', '')), target.url).toBe(true)
      const partner = targets.find((other) => other !== target && other.group !== undefined && other.group === target.group)
      if (partner) expect(codes.includes(partner.url), target.url).toBe(coded)
    }
    for (const target of targets.filter((each) => each.role === 'link')) expect(codes).not.toContain(target.url)
    expect(normalise(pages[1] ?? '')).toContain(messagesFor('ru').printedLinks)
    // Each code on the front decodes to the address it stands for.
    expect(decodedOn(pdf, boxes, 0)).toEqual(boxes.filter((box) => box.page === 0 && box.qr !== undefined).map((box) => box.qr))
  })

  test('A4 leaflets on request: still one sheet', async () => {
    const {pdf} = await renderLeaflet(guides.ru.bundle, card('quill-keys'), resolveOptions({leafletSize: 'A4'}))
    const pages = await inspectPdf(pdf)
    expect(pages).toHaveLength(2)
    expect(Math.round(pages[0]?.width ?? 0)).toBe(595)
    expect(Math.round((pages[0]?.height ?? 0) / mm)).toBe(297)
  })
})

function card(slug: string): Recommendation {
  const found = guides.ru.bundle.recommendations.find((each) => each.slug === slug)
  if (!found) throw new Error(`no card ${slug} in the fixture guide`)
  return found
}

/** Every QR code on a page of a PDF, decoded from its pixels where the renderer said it drew one. */
function decodedOn(pdf: Buffer, boxes: DrawnBox[], page: number): string[] {
  const image = rasterise(pdf, 150)[page]
  if (!image) throw new Error(`no page ${page}`)
  return boxes.filter((box) => box.page === page && box.qr !== undefined).map((box) => decodeAll(crop(image, box, 150))[0] ?? '')
}

function plain(node: unknown): string {
  const {value, children} = node as {value?: unknown; children?: unknown[]}
  if (typeof value === 'string') return value
  return Array.isArray(children) ? children.map(plain).join('') : ''
}

/** Recommendation cards print from the model (their buttons become QR codes), not paragraph by paragraph. */
function isInCard(node: unknown, tree: unknown): boolean {
  let inside = false
  walk(tree as never, (candidate: {type?: string; kind?: string}, parents) => {
    if (candidate === node) inside = parents.some((parent) => (parent as {type?: string}).type === 'admonition' && /recom+endation/.test(String((parent as {kind?: string}).kind)))
  })
  return inside
}

/**
 * Lines a tree's text needs at `size` points in a column `width` points wide, at half an em per
 * character: each paragraph, heading, list item, code line and table row from a new line, a
 * table row as tall as its fullest cell.
 */
function linesNeeded(tree: unknown, width: number, size: number): number {
  const perLine = width / (size * 0.5)
  let lines = 0
  walk(tree as never, (node: {type?: string; value?: string; children?: unknown[]}, parents) => {
    if (parents.some((parent) => (parent as {type?: string}).type === 'table')) return
    if (node.type === 'paragraph' || node.type === 'heading') lines += Math.ceil(plain(node).length / perLine)
    else if (node.type === 'code') lines += (node.value ?? '').split('\n').length
    else if (node.type === 'table') {
      for (const row of (node.children ?? []) as Array<{children: unknown[]}>) {
        lines += Math.max(...row.children.map((cell) => Math.ceil(plain(cell).length / (perLine / row.children.length))))
      }
    }
  })
  return lines
}
