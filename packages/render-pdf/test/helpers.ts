import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import jsQR from 'jsqr'
import {loadSite, type SiteBundle} from '@samizdat/model'
import type {DrawnBox} from '@samizdat/render-pdf'
import {PNG} from 'pngjs'

/** The guide itself: tests run on the content people will read. */
export const contentDir = fileURLToPath(new URL('../../../content', import.meta.url))

let bundle: Promise<SiteBundle> | undefined

/** The real bundle of /work/main/content, parsed once per test file. */
export function guide(): Promise<SiteBundle> {
  bundle ??= loadSite(contentDir)
  return bundle
}

/** Text of every page of a PDF, extracted with pdf.js, one string per page (lines joined by newlines). */
export async function pdfText(pdf: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await pdfjs.getDocument({data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false}).promise
  const pages: string[] = []
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    const content = await page.getTextContent()
    let text = ''
    for (const item of content.items) {
      if (!('str' in item)) continue
      text += item.str + (item.hasEOL ? '\n' : '')
    }
    pages.push(text)
  }
  await document.destroy()
  return pages
}

/** Undo line-end hyphenation and spacing, so a sentence can be found however it was broken. */
export function normalise(text: string): string {
  return text
    .replace(/\u00A0/g, ' ')
    // Footnote markers: a number right after a word.
    .replace(/([\p{L}.,;:!?)»"])\d{1,2}(?=[\s.,;:!?)]|$)/gu, '$1')
    .replace(/-\s*\n\s*/g, '')
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Render every page of a PDF to PNG with pdftoppm and decode them. */
export function rasterise(pdf: Buffer, dpi = 150): PNG[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'render-pdf-'))
  try {
    writeFileSync(path.join(dir, 'in.pdf'), pdf)
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', path.join(dir, 'in.pdf'), path.join(dir, 'page')])
    return readdirSync(dir)
      .filter((name) => name.endsWith('.png'))
      .sort()
      .map((name) => PNG.sync.read(readFileSync(path.join(dir, name))))
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

/** Pixels of strong colour (channels more than 80 apart) on a PDF's first page at 100 dpi: pictures, not grey text. */
export function colouredPixels(pdf: Buffer): number {
  const [first] = rasterise(pdf, 100)
  if (!first) throw new Error('no page image')
  let count = 0
  for (let i = 0; i < first.data.length; i += 4) {
    const [r = 0, g = 0, b = 0] = [first.data[i], first.data[i + 1], first.data[i + 2]]
    if (Math.max(r, g, b) - Math.min(r, g, b) > 80) count++
  }
  return count
}

/** The part of a page image around a drawn box (in points), with a white quiet zone, as a new image. */
export function crop(image: {width: number; height: number; data: Buffer}, box: DrawnBox, dpi: number) {
  const scale = dpi / 72
  const pad = 6 * scale
  const left = Math.max(0, Math.floor(box.x * scale - pad))
  const top = Math.max(0, Math.floor(box.y * scale - pad))
  const width = Math.min(image.width - left, Math.ceil(box.width * scale + 2 * pad))
  const height = Math.min(image.height - top, Math.ceil(box.height * scale + 2 * pad))
  const data = Buffer.alloc(width * height * 4)
  for (let y = 0; y < height; y++) image.data.copy(data, y * width * 4, ((top + y) * image.width + left) * 4, ((top + y) * image.width + left + width) * 4)
  return {width, height, data}
}

/** Every QR code on a page: decode, blank it out, look again. */
export function decodeAll(image: {width: number; height: number; data: Buffer}): string[] {
  const data = new Uint8ClampedArray(image.data)
  const found: string[] = []
  for (let attempt = 0; attempt < 8; attempt++) {
    const code = jsQR(data, image.width, image.height)
    if (!code) break
    found.push(code.data)
    const {topLeftCorner: a, bottomRightCorner: b} = code.location
    const pad = 12
    for (let y = Math.max(0, Math.floor(Math.min(a.y, b.y)) - pad); y < Math.min(image.height, Math.ceil(Math.max(a.y, b.y)) + pad); y++) {
      for (let x = Math.max(0, Math.floor(Math.min(a.x, b.x)) - pad); x < Math.min(image.width, Math.ceil(Math.max(a.x, b.x)) + pad); x++) {
        data.fill(255, (y * image.width + x) * 4, (y * image.width + x) * 4 + 4)
      }
    }
  }
  return found
}
