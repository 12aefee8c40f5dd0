import {describe, expect, it} from 'vitest'
// @ts-expect-error: plain JavaScript, no types
import {fuzz, parsePerKb} from '../../apps/fuzz/src/fuzz.mjs'
// @ts-expect-error: plain JavaScript, no types
import {knownSuperlinear} from '../../apps/fuzz/src/stress.mjs'

interface Run {
  index: number
  origin: string
  bytes: number
  total: number
  times: Record<string, number>
  failure: {kind: string; signature: string; detail: string} | null
}

// A few hundred generated inputs through the whole built pipeline (the dialect's round trip,
// loadSite, HTML; PDF and cards for a sample), in two child processes. SAMIZDAT_FUZZ_SEED picks
// another run; `npm run fuzz` runs as many as asked, with minimal reproducers.
const seed = Number(process.env['SAMIZDAT_FUZZ_SEED'] ?? 14)

describe('fuzz', () => {
  it(`200 inputs of up to 8 KB (seed ${seed}): no crash, no hang, the same tree after a round trip, parse time bounded per KB`, {timeout: 900_000}, async () => {
    const report = await fuzz({count: 200, seed, maxKb: 8, minimize: false, slowMs: 10_000, timeoutMs: 60_000})
    const runs = report.runs as Run[]
    const failed = (kind: string) => runs.filter((run) => run.failure?.kind === kind).map((run) => `#${run.index} ${run.origin}: ${run.failure!.signature}\n${run.failure!.detail}`)
    expect(failed('crash')).toEqual([])
    expect(failed('hang')).toEqual([])
    expect(failed('round-trip')).toEqual([])
    // CPU time, so a machine shared with other work does not fail it: 1 s plus 150 ms a KB for the
    // three parses (the round trip's two and loadSite's). Far above a normal page (about 10 ms a KB
    // on a loaded 2-core machine); a quadratic path at 8 KB takes several times as long.
    const tooSlow = runs
      .filter((run) => !knownSuperlinear.has(run.origin.replace(/^stress /, '')))
      .filter((run) => (run.times['dialect'] ?? 0) + (run.times['model'] ?? 0) > 1000 + 150 * (run.bytes / 1024))
      .map((run) => `#${run.index} ${run.origin}: ${run.bytes} bytes, ${JSON.stringify(run.times)} (${parsePerKb(run)?.toFixed(1) ?? '-'} ms/KB)`)
    expect(tooSlow).toEqual([])
  })
})
