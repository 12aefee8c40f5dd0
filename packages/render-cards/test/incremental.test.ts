import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {runInNewContext} from 'node:vm'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cardSizes, pageCardFile, recommendationCardFile, type CardSize, type RenderResult, type SiteBundle} from '@samizdat/model'
import {cardJobs, countCards, releaseMemory, renderCardPng, renderCards} from '@samizdat/render-cards'
import {seedBundle} from './helpers/seed.js'

const dirs: string[] = []
let bundle: SiteBundle
let full: RenderResult
let fullDir: string

function temporaryDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'samizdat-cards-only-'))
  dirs.push(dir)
  return dir
}

/** Every file under `dir`, `/`-separated and sorted. */
function written(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/** A PNG and the JSON beside it. */
function withJson(png: string): string[] {
  return [png, png.replace(/\.png$/u, '.json')]
}

beforeAll(async () => {
  bundle = await seedBundle()
  fullDir = temporaryDir()
  full = await renderCards(bundle, fullDir)
})

afterAll(() => {
  for (const dir of dirs) rmSync(dir, {recursive: true, force: true})
})

describe('units of a full render', () => {
  it('cover every written file exactly once', () => {
    const inUnits = full.units.flatMap((unit) => unit.files)
    expect(inUnits.length).toBe(new Set(inUnits).size)
    expect([...inUnits].sort()).toEqual(full.files)
    expect(written(fullDir)).toEqual(full.files)
  })

  it('are each recommendation’s six files and each page’s two, with no site unit', () => {
    const expected = [
      ...bundle.recommendations.map((item) => ({
        kind: 'recommendation',
        id: item.slug,
        files: (Object.keys(cardSizes) as CardSize[]).flatMap((size) => withJson(recommendationCardFile(item, size))).sort()
      })),
      ...bundle.pages.map((page) => ({kind: 'page', id: page.source, files: withJson(pageCardFile(page)).sort()}))
    ]
    expect(full.units).toEqual(expected)
    expect(full.units.filter((unit) => unit.kind === 'site')).toEqual([])
  })
})

describe('rendering only some units', () => {
  it('writes exactly one page’s and one recommendation’s files, byte for byte as the full render', async () => {
    const page = bundle.pages.find((item) => item.source === 'recommendations/messengers.md')
    const [, session] = bundle.recommendations
    if (!page || !session) throw new Error('the seed has the messengers page and Session')
    const only = {pages: new Set([page.source]), recommendations: new Set([session.slug])}
    for (const workers of [0, 2]) {
      const dir = temporaryDir()
      const result = await renderCards(bundle, dir, {only, workers})
      const selected = full.units.filter((unit) => (unit.kind === 'page' ? only.pages.has(unit.id) : unit.kind === 'site' || only.recommendations.has(unit.id)))
      expect(selected.map((unit) => unit.id)).toEqual(['session', 'recommendations/messengers.md'])
      expect(result.units).toEqual(selected)
      expect(result.files).toEqual(selected.flatMap((unit) => unit.files).sort())
      expect(written(dir)).toEqual(result.files)
      for (const file of result.files) {
        expect(readFileSync(path.join(dir, file)).equals(readFileSync(path.join(fullDir, file))), file).toBe(true)
      }
    }
  })

  it('writes nothing for an empty selection, and ignores names the bundle does not have', async () => {
    const dir = temporaryDir()
    const only = {pages: new Set(['no/such/page.md']), recommendations: new Set(['no-such-slug'])}
    expect(countCards(bundle, only)).toBe(0)
    expect([...cardJobs(bundle, only)]).toEqual([])
    expect(await renderCards(bundle, dir, {only})).toEqual({files: [], units: []})
    expect(written(dir)).toEqual([])
  })

  it('builds jobs only for the selection', () => {
    const [signal] = bundle.recommendations
    if (!signal) throw new Error('the seed has Signal')
    const only = {pages: new Set<string>(), recommendations: new Set([signal.slug])}
    expect(countCards(bundle, only)).toBe(3)
    expect([...cardJobs(bundle, only)].map((job) => [job.file, job.unit])).toEqual(
      (Object.keys(cardSizes) as CardSize[]).map((size) => [recommendationCardFile(signal, size), {kind: 'recommendation', id: 'signal'}])
    )
    expect(countCards(bundle)).toBe([...cardJobs(bundle)].length)
  })
})

describe('the process-wide --expose-gc flag', () => {
  const gcInNewContexts = () => runInNewContext('typeof gc') as string

  it('is never left on, so the other renderers of the CLI process never see it', async () => {
    // The unit tests run without --expose-gc; with it, there would be nothing to turn off.
    expect(gcInNewContexts()).toBe('undefined')
    await renderCards(bundle, temporaryDir(), {only: {pages: new Set(['index.md']), recommendations: new Set()}})
    expect(gcInNewContexts()).toBe('undefined')
    await releaseMemory()
    expect(gcInNewContexts()).toBe('undefined')
  })

  it('draws the same bytes after the collection ran', async () => {
    const [job] = cardJobs(bundle)
    if (!job) throw new Error('the seed has cards')
    const input = {file: job.file, node: job.node(), size: job.size}
    const first = Buffer.from(await renderCardPng(input))
    await releaseMemory()
    expect(first.equals(readFileSync(path.join(fullDir, job.file)))).toBe(true)
    expect(Buffer.from(await renderCardPng(input)).equals(first)).toBe(true)
  })
})
