import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {loadSite, type SiteBundle} from '@samizdat/model'
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
