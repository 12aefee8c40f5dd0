import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {formatDiagnostic, loadSite, type SiteBundle} from '@samizdat/model'
// @ts-expect-error: plain ESM without types, like the rest of the benchmark
import {generateCorpus, recommendationName} from '../src/generate-corpus.mjs'

const pages = 40
let work: string
let bundle: SiteBundle

async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  const files = entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort()
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, await readFile(path.join(dir, f), 'utf8')] as const)))
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'samizdat-corpus-'))
  await generateCorpus(path.join(work, 'a'), {pages})
  bundle = await loadSite(path.join(work, 'a'))
})

afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('generateCorpus', () => {
  it('writes the same bytes for the same size', async () => {
    await generateCorpus(path.join(work, 'b'), {pages})
    const [a, b] = await Promise.all([snapshot(path.join(work, 'a')), snapshot(path.join(work, 'b'))])
    expect(Object.keys(a)).toContain('docs/section-01/page-0040.md')
    expect(b).toEqual(a)
  })

  it('loads with no errors and no warnings', () => {
    expect(bundle.diagnostics.map((d) => formatDiagnostic(d, 'corpus'))).toEqual([])
    expect(bundle.pages).toHaveLength(pages)
  })

  it('has one recommendation card per ten pages, in the seed shape', () => {
    expect(bundle.recommendations.map((r) => r.name)).toEqual([0, 1, 2, 3].map((k) => recommendationName(k)))
    for (const r of bundle.recommendations) {
      expect(r.platforms.map((p) => p.label)).toContain('Android')
      expect(r.links.map((l) => l.kind)).toEqual(['homepage', 'instructions'])
      expect(r.logo?.light).not.toBeNull()
      expect(r.summary.length).toBeGreaterThan(0)
      expect(r.details.length).toBeGreaterThan(0)
    }
  })

  it('writes Russian text with the dialect the guide uses', async () => {
    const text = await readFile(path.join(work, 'a/docs/section-01/page-0010.md'), 'utf8')
    for (const construct of ['!!! note', '??? warning "', '???+ tip', '!!! recomendation ""', 'Платформы:', '{ .md-button', '| --- |', '{ #nastrojka }', '«', '—']) {
      expect(text).toContain(construct)
    }
    expect(text).toMatch(/ё/)
    expect(Buffer.byteLength(text)).toBeGreaterThan(3000)
  })

  it('gives every recommendation a distinct name', () => {
    const names = Array.from({length: 800}, (_, k) => recommendationName(k))
    expect(new Set(names).size).toBe(names.length)
  })
})
