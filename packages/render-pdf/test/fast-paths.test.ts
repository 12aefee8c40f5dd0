// The short ways the renderer takes around fontkit (shaping, subset files) and the pool's
// grouping: each must give exactly what the long way gives.
import {expect, test} from 'vitest'
import {documentFont, fontNames} from '../src/fonts.js'
import {resolveOptions} from '../src/options.js'
import {jobGroups, jobCost, renderJobs} from '../src/pdf-pool.js'
import {simpleShaper} from '../src/simple-shaping.js'
import {guide} from './helpers.js'

// Russian and English prose, ligature and accent cases, URLs, figures and punctuation.
const words = [
  ...'Приватный мессенджер шифрует переписку «от устройства до устройства», — не так ли? Ёжик, йод, №5, 1990–2024 гг.'.split(' '),
  ...'Office staff find the fluffy waffles difficult; AVATAR, To, Ta, Yo, V. W. iOS, Linux, naïve café, ij, j´, i^, a`b →'.split(' '),
  'guide.samizdat.example/recommendations/page-010/', 'git.example.org/hexta-vpn/app', 'flathub.org/apps/org.example.irata', '--', '->', '1/2', '1⁄2', 'soft\u00adhyphen', 'zero\u200bwidth', 'a\u0301', 'i\u0308',
  'line\nbreak', 'ﬁ', ''
].flatMap((word) => [word, `${word} `])

for (const name of fontNames) {
  test(`${name}: words shaped the short way equal fontkit's, and most words take it`, () => {
    const mono = name.startsWith('mono')
    const features = mono ? {liga: false, calt: false} : undefined
    const simple = simpleShaper(documentFont(name), mono ? ['liga', 'calt'] : [])
    expect(simple).not.toBeNull()
    const fontkit = documentFont(name)
    const scale = 1000 / fontkit.unitsPerEm
    let short = 0
    for (const word of words) {
      const run = simple?.(word, scale)
      if (!run) continue
      short++
      const expected = fontkit.layout(word, features as never) as unknown as {glyphs: Array<{id: number; advanceWidth: number; codePoints: number[]}>; positions: Array<{xAdvance: number; yAdvance: number; xOffset: number; yOffset: number}>}
      let advanceWidth = 0
      const positions = expected.positions.map((position, index) => {
        advanceWidth += position.xAdvance * scale
        return {xAdvance: position.xAdvance * scale, yAdvance: position.yAdvance * scale, xOffset: position.xOffset * scale, yOffset: position.yOffset * scale, advanceWidth: (expected.glyphs[index]?.advanceWidth ?? 0) * scale}
      })
      const glyphs = (list: Array<{id: number; advanceWidth: number; codePoints: number[]}>) => list.map(({id, advanceWidth: advance, codePoints}) => ({id, advance, codePoints}))
      expect({glyphs: glyphs(run.glyphs), positions: run.positions, advanceWidth: run.advanceWidth}, JSON.stringify(word)).toEqual({glyphs: glyphs(expected.glyphs), positions, advanceWidth})
    }
    expect(short).toBeGreaterThan(words.length * 0.7)
  })

  test(`${name}: a subset's file is byte for byte fontkit's`, () => {
    for (const size of [1, 3, 40, 200]) {
      const ids = Array.from({length: size}, (_, index) => (index * 7919 + size) % documentFont(name).numGlyphs)
      const ours = documentFont(name).createSubset() as unknown as {includeGlyph(id: number): number; encode(): Uint8Array}
      const theirs = documentFont(name).createSubset() as unknown as {includeGlyph(id: number): number; encode(): Uint8Array}
      for (const id of ids) {
        ours.includeGlyph(id)
        theirs.includeGlyph(id)
      }
      const fontkitEncode = (Object.getPrototypeOf(theirs) as {encode(this: unknown): Uint8Array}).encode
      expect(Buffer.from(ours.encode()).equals(Buffer.from(fontkitEncode.call(theirs))), `${size} glyphs`).toBe(true)
    }
  })
}

test('jobs go in groups of a page: its handout first, then the leaflets of its cards; every job once', async () => {
  const bundle = await guide()
  const jobs = [...bundle.recommendations.map((_, index) => ({kind: 'leaflet' as const, index})), ...bundle.pages.map((_, index) => ({kind: 'handout' as const, index}))]
  const groups = jobGroups(bundle, jobs)
  expect(groups.flat().map((job) => job.id).sort((a, b) => a - b)).toEqual(jobs.map((_, id) => id))
  for (const group of groups) {
    const pages = new Set(group.map((job) => (job.kind === 'handout' ? bundle.pages[job.index]?.source : bundle.recommendations[job.index]?.page)))
    expect(pages.size).toBe(1)
    const handout = group.findIndex((job) => job.kind === 'handout')
    expect(handout).toBeLessThanOrEqual(0)
  }
  const costs = groups.map((group) => group.reduce((sum, job) => sum + jobCost(bundle, job), 0))
  expect(costs).toEqual([...costs].sort((a, b) => b - a))
  expect(groups.some((group) => group.length > 1)).toBe(true)
})

test('each PDF is handed on as soon as it is made, not held until the jobs before it are done', async () => {
  const bundle = await guide()
  const jobs = [...bundle.recommendations.map((_, index) => ({kind: 'leaflet' as const, index})), ...bundle.pages.map((_, index) => ({kind: 'handout' as const, index}))]
  const handedOn: number[] = []
  await renderJobs(bundle, jobs, resolveOptions({}), 0, async (job, made) => {
    expect(made.pdf.subarray(0, 5).toString()).toBe('%PDF-')
    handedOn.push(job.id)
  })
  // Every job once, in the order they were made (the groups', most expensive first), not job order.
  expect([...handedOn].sort((a, b) => a - b)).toEqual(jobs.map((_, id) => id))
  expect(handedOn).toEqual(jobGroups(bundle, jobs).flat().map((job) => job.id))
  expect(handedOn).not.toEqual(jobs.map((_, id) => id))
})
