import {mkdtemp, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
// The built packages (not the TypeScript sources), since workers run the compiled pdf-worker.js.
import {loadSite} from '../../packages/model/dist/index.js'
import {renderPdf, type DrawnBox} from '../../packages/render-pdf/dist/index.js'

const guide = fileURLToPath(new URL('../fixtures/cards-guide', import.meta.url))

describe('leaflets and handouts on worker threads', () => {
  it('give exactly the files, units, warnings and drawn boxes that one thread gives', async () => {
    const bundle = await loadSite(guide)
    const runs = []
    for (const workers of [0, 2]) {
      const out = await mkdtemp(path.join(tmpdir(), `samizdat-pdf-workers-${workers}-`))
      const boxes = new Map<string, DrawnBox[]>()
      const result = await renderPdf(bundle, out, {workers, onDraw: (file, box) => boxes.set(file, [...(boxes.get(file) ?? []), box])})
      runs.push({out, result, boxes})
    }
    const [single, pooled] = runs as [(typeof runs)[number], (typeof runs)[number]]
    expect([single.result.workers, pooled.result.workers]).toEqual([0, 2])
    expect(single.result.files.length).toBe(bundle.recommendations.length + bundle.pages.length)
    expect(pooled.result.files).toEqual(single.result.files)
    expect(pooled.result.units).toEqual(single.result.units)
    expect(pooled.result.warnings).toEqual(single.result.warnings)
    for (const file of single.result.files) {
      const [a, b] = await Promise.all([readFile(path.join(single.out, file)), readFile(path.join(pooled.out, file))])
      expect(b.equals(a), file).toBe(true)
      expect(pooled.boxes.get(file), file).toEqual(single.boxes.get(file))
    }
  })
})
