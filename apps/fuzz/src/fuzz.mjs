// The fuzz run: generate inputs from a seed, run them through the pipeline in a pool of child
// processes, group the failures, and shrink one input of each group to a minimal reproducer.
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {prng} from '../../bench/src/prng.mjs'
import {classify, totalTime} from './classify.mjs'
import {minimize} from './minimize.mjs'
import {mutate} from './mutate.mjs'
import {createPool} from './pool.mjs'
import {loadSeeds} from './seeds.mjs'
import {fitStress, stress} from './stress.mjs'

const repo = fileURLToPath(new URL('../../../', import.meta.url))

/** Defaults of {@link fuzz}; every one can be given on the command line. */
export const defaults = {
  count: 1000,
  maxKb: 64,
  slowMs: 2000,
  timeoutMs: 20_000,
  jobs: 2,
  stressShare: 0.08,
  pdfEvery: 25,
  cardsEvery: 50,
  minimize: true,
  seeds: [],
  frozen: false
}

/** The `index`-th input of the run with `seed`: the same pair always gives the same text. */
export function generateInput(seeds, seed, index, maxBytes, stressShare) {
  const random = prng((Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0)
  if (random.chance(stressShare)) {
    const names = Object.keys(stress)
    const name = random.pick(names)
    // Most stress inputs are a few KB; some fill the whole size.
    const size = random.chance(0.5) ? maxBytes : 256 + random.int(maxBytes / 4)
    return {origin: `stress ${name}`, text: fitStress(name, size)}
  }
  // Half the inputs start from a page of the dialect, half from a CommonMark example: there are
  // far more examples than pages, and picking among all alike would seldom reach the dialect.
  const pages = seeds.filter((s) => !s.name.startsWith('commonmark#'))
  const examples = seeds.filter((s) => s.name.startsWith('commonmark#'))
  const pick = () => random.pick(pages.length > 0 && (examples.length === 0 || random.chance(0.5)) ? pages : examples)
  const seedPage = pick()
  let text = seedPage.text
  if (random.chance(0.2)) text += '\n' + pick().text
  return {origin: `mutation of ${seedPage.name}`, text: mutate(text, random, seeds.map((s) => s.text), maxBytes)}
}

/**
 * Run `options.count` inputs from `options.seed`. Resolves to a report: every input's size and
 * CPU time, and the failures grouped by signature, each with its first input and (unless
 * `options.minimize` is false) a minimal reproducer. `onProgress(done, count)` is called as inputs finish.
 */
export async function fuzz(options, onProgress = () => {}) {
  const o = {...defaults, ...options}
  const seeds = loadSeeds(repo, o.seeds, o.frozen)
  const workDir = await mkdtemp(path.join(tmpdir(), 'samizdat-fuzz-'))
  const pool = createPool({size: o.jobs, workDir, timeoutMs: o.timeoutMs})
  const started = performance.now()
  const runs = []
  const groups = new Map()
  try {
    let done = 0
    await Promise.all(
      Array.from({length: o.count}, async (_, index) => {
        const input = generateInput(seeds, o.seed, index, o.maxKb * 1024, o.stressShare)
        const stages = ['dialect', 'model', 'html']
        if (o.pdfEvery > 0 && index % o.pdfEvery === 0) stages.push('pdf')
        if (o.cardsEvery > 0 && index % o.cardsEvery === 0) stages.push('cards')
        const outcome = await pool.run(input.text, stages)
        const failure = classify(outcome, o.slowMs)
        const times = outcome.result?.times ?? {}
        runs.push({index, origin: input.origin, bytes: Buffer.byteLength(input.text), times, total: outcome.hang ?? totalTime(times), failure})
        if (failure !== null) {
          const group = groups.get(failure.signature) ?? {...failure, inputs: [], first: null}
          group.inputs.push(index)
          if (group.first === null || index < group.first.index) group.first = {index, origin: input.origin, text: input.text, detail: failure.detail, stages}
          groups.set(failure.signature, group)
        }
        onProgress(++done, o.count)
      })
    )
    if (o.minimize) {
      // Shrinking slow inputs costs seconds a try: it gets at most ten minutes in all.
      const deadline = performance.now() + 10 * 60_000
      for (const group of groups.values()) {
        if (performance.now() > deadline && (group.kind === 'slow' || group.kind === 'hang')) continue
        const {text, stages} = group.first
        const expensive = group.kind === 'slow' || group.kind === 'hang'
        const needed = group.kind === 'round-trip' ? ['dialect'] : stages.slice(0, stages.indexOf(group.signature.split(':')[0]) + 1 || stages.length)
        // A slow input stays slow past twice the limit: no need to wait for the hang timeout.
        const timeout = expensive ? Math.min(o.timeoutMs, 2 * o.slowMs) : o.timeoutMs
        const signature = group.kind === 'hang' ? 'slow' : group.signature
        const stillFails = async (candidate) => {
          const failure = classify(await pool.run(candidate, needed, timeout), o.slowMs)
          return expensive ? failure?.kind === 'slow' || failure?.kind === 'hang' : failure?.signature === signature
        }
        const shrunk = await minimize(text, stillFails, expensive ? 30 : 300)
        group.minimal = shrunk.input
      }
    }
  } finally {
    await pool.close()
    await rm(workDir, {recursive: true, force: true})
  }
  runs.sort((a, b) => a.index - b.index)
  return {options: o, seconds: (performance.now() - started) / 1000, runs, failures: [...groups.values()].sort((a, b) => b.inputs.length - a.inputs.length)}
}

/** CPU milliseconds of parsing (the dialect's round trip and `loadSite`) per KB, for inputs of at least 1 KB. */
export function parsePerKb(run) {
  return run.bytes < 1024 ? null : ((run.times.dialect ?? 0) + (run.times.model ?? 0)) / (run.bytes / 1024)
}

/**
 * Whether a run's parsing (the round trip's two parses and `loadSite`'s) took more CPU time than
 * `baseMs` plus `perKbMs` a KB: a normal page takes about 10 ms a KB on a loaded 2-core machine,
 * a quadratic path several times the bound at a few KB.
 */
export function overParseBound(run, baseMs = 1000, perKbMs = 150) {
  return (run.times.dialect ?? 0) + (run.times.model ?? 0) > baseMs + perKbMs * (run.bytes / 1024)
}

/** The seeds of a run, as {@link fuzz} loads them. */
export function seedsFor(options = {}) {
  const o = {...defaults, ...options}
  return loadSeeds(repo, o.seeds, o.frozen)
}
