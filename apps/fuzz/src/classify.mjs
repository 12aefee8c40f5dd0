// What went wrong with one input, as a kind and a signature that groups inputs failing the same way.
import {differenceSignature} from './compare-trees.mjs'

/** Total CPU milliseconds of a run's stages. */
export function totalTime(times) {
  return Object.values(times ?? {}).reduce((sum, ms) => sum + ms, 0)
}

/** CPU milliseconds of what a build spends on the page: `loadSite` and the renderers (not the round-trip check). */
export function buildTime(times) {
  return totalTime(times) - (times?.dialect ?? 0)
}

/**
 * `{kind, signature, detail}` for a failed run (crash, hang, slow, round-trip), or null.
 * `outcome` is what the pool resolved to; `slowMs` is the CPU time a build may spend on the input.
 */
export function classify(outcome, slowMs) {
  if (outcome.died !== undefined) return {kind: 'crash', signature: `process: ${outcome.died.split(':')[0]}`, detail: outcome.died}
  if (outcome.hang !== undefined) return {kind: 'hang', signature: 'hang', detail: `killed after ${outcome.hang} ms`}
  const {result} = outcome
  if (result.error !== undefined) {
    const message = result.error.message.split('\n')[0].replace(/\d+/g, 'N').slice(0, 120)
    const frame = (result.error.stack.split('\n').find((line) => /^\s+at /.test(line)) ?? '').trim().replace(/:\d+:\d+\)?$/, '')
    return {kind: 'crash', signature: `${result.error.stage}: ${message}`, detail: `${result.error.message.split('\n')[0]}\n    ${frame}`}
  }
  // The round trip parses twice and stringifies once: it may take twice as long as a build.
  const total = buildTime(result.times)
  if (total > slowMs || (result.times.dialect ?? 0) > 2 * slowMs) {
    const [stage] = Object.entries(result.times).sort((a, b) => b[1] - a[1])[0]
    return {kind: 'slow', signature: `slow: ${stage}`, detail: `${Math.round(total)} ms CPU (${Object.entries(result.times).map(([s, ms]) => `${s} ${Math.round(ms)}`).join(', ')})`}
  }
  if (result.difference !== undefined) {
    return {kind: 'round-trip', signature: `round-trip: ${differenceSignature(result.difference)}`, detail: `at ${result.difference.path}\n    first parse: ${result.difference.before}\n    after round trip: ${result.difference.after}`}
  }
  return null
}
