import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {formatDiagnostic, loadSite, type SiteBundle} from '@samizdat/model'
// @ts-expect-error: plain ESM without types, like the rest of the benchmark
import {generateGuide, productName} from '../src/generate-guide.mjs'

const pages = 16
const cards = 36
let work: string
let bundle: SiteBundle
let generated: {bytes: number}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  const files = entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort()
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, (await readFile(path.join(dir, f))).toString('base64')] as const)))
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'samizdat-guide-'))
  generated = await generateGuide(path.join(work, 'a'), {pages, cards})
  bundle = await loadSite(path.join(work, 'a'))
})

afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('generateGuide', () => {
  it('writes the same bytes for the same arguments', async () => {
    await generateGuide(path.join(work, 'b'), {pages, cards})
    const [a, b] = await Promise.all([snapshot(path.join(work, 'a')), snapshot(path.join(work, 'b'))])
    expect(Object.keys(a)).toContain('mkdocs.yml')
    expect(b).toEqual(a)
  })

  it('is an MkDocs project that loads with no errors and no warnings, with every card complete', () => {
    expect(bundle.diagnostics.map((d) => formatDiagnostic(d, 'guide'))).toEqual([])
    expect(bundle.pages).toHaveLength(pages)
    expect(bundle.recommendations.map((r) => r.name)).toEqual(Array.from({length: cards}, (_, k) => productName(k)))
    for (const r of bundle.recommendations) {
      expect(r.summary.length).toBeGreaterThan(0)
      expect(r.homepage).toMatch(/^https:\/\//)
      expect(r.details.length).toBeGreaterThan(0)
    }
  })

  it('mixes the card shapes, logos and download counts real guides have', async () => {
    const texts = await Promise.all(bundle.pages.map((page) => readFile(path.join(work, 'a/docs', page.source), 'utf8')))
    const all = texts.join('\n')
    for (const shape of ['!!! recomendation ""', '!!! recommendation', '<div class="admonition recommendation" markdown>', '<details class="downloads" markdown>', '??? downloads "Скачать"', '{ .card-link title="', '{ .card-link title=Исходный код }', '#only-dark', '.png)', '| --- |', '```sh']) {
      expect(all).toContain(shape)
    }
    const downloads = new Set(bundle.recommendations.map((r) => r.downloads.length))
    expect([...downloads].sort((a, b) => a - b)).toEqual([0, 2, 3, 5, 6, 8, 12])
    expect(bundle.recommendations.filter((r) => r.logo.light === null && r.logo.dark === null).length).toBeGreaterThan(0)
    expect(bundle.recommendations.some((r) => r.platforms.length === 0)).toBe(true)
    // About 1 MB for the real shape's 60 pages: 16 KiB a page on average.
    expect(generated.bytes / pages).toBeGreaterThan(10_000)
  })
})
