import {mkdtemp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
// The built model (not the TypeScript sources), since pool threads run the compiled parse-task.js.
import {loadSite} from '../../packages/model/dist/index.js'
import {generateCorpus} from '../../apps/bench/src/generate-corpus.mjs'

describe('parsing on worker threads', () => {
  it('gives exactly the bundle that parsing on the main thread gives', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'samizdat-workers-'))
    await generateCorpus(dir, {pages: 120})
    const [one, two] = [{parsed: 0, cached: 0, workers: 0}, {parsed: 0, cached: 0, workers: 0}]
    const single = await loadSite(dir, {workers: 0, stats: one})
    const pooled = await loadSite(dir, {workers: 2, stats: two})
    expect([one.workers, two.workers]).toEqual([0, 2])
    expect(single.pages).toHaveLength(120)
    expect(single.recommendations.length).toBeGreaterThan(0)
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(single))
  })
})
