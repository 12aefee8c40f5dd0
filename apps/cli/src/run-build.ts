import path from 'node:path'
import {writeOutputDir} from '@samizdat/output'
import type {Io} from './io.js'
import {UsageError} from './io.js'
import {loadChecked} from './load.js'
import {progress, summarise} from './report.js'
import {renderers, type OutputName} from './renderers.js'

/** `samizdat build`: parse once, then write each output folder atomically under `--out`. */
export async function runBuild(
  options: {dir: string | undefined; strict: boolean; out: string | undefined; siteUrl: string | undefined; only: string | undefined},
  io: Io
): Promise<number> {
  const started = performance.now()
  const selected = selectOutputs(options.only)
  const {bundle, ok} = await loadChecked(options, io)
  if (!ok) {
    // Nothing is written, so the previous outputs stay as they were.
    io.stderr.write(`samizdat: not building: ${summarise(bundle)}\n`)
    return 1
  }
  const out = path.resolve(io.cwd, options.out ?? 'dist')
  const written: string[] = []
  for (const renderer of renderers.filter((r) => selected.has(r.name))) {
    progress(io, `rendering ${renderer.folder}/`)
    const rendererStarted = performance.now()
    const result = await writeOutputDir(path.join(out, renderer.folder), (dir) => renderer.render(bundle, dir, {out}))
    written.push(`${renderer.folder}: ${result.files.length} files in ${Math.round(performance.now() - rendererStarted)} ms`)
  }
  const relative = path.relative(io.cwd, out)
  const where = relative === '' ? '.' : relative.startsWith('..') ? out : relative
  io.stdout.write(`${summarise(bundle)}\nBuilt ${where}/ (${written.join('; ')}) in ${((performance.now() - started) / 1000).toFixed(2)} s\n`)
  return 0
}

function selectOutputs(only: string | undefined): Set<OutputName> {
  const names = renderers.map((r) => r.name)
  if (only === undefined) return new Set(names)
  const wanted = only.split(',').map((s) => s.trim()).filter((s) => s !== '')
  for (const name of wanted) {
    if (!(names as string[]).includes(name)) throw new UsageError(`--only takes ${names.join(', ')}; unknown: ${name}`)
  }
  if (wanted.length === 0) throw new UsageError(`--only needs at least one of ${names.join(', ')}`)
  return new Set(wanted as OutputName[])
}
