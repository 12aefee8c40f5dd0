import {rm} from 'node:fs/promises'
import {workerPool} from '@samizdat/output'
import type {Io} from './io.js'
import {UsageError} from './io.js'
import {contentDir} from './content-dir.js'
import {loadChecked} from './load.js'
import {outputLayout} from './output-layout.js'
import {buildOutputs} from './build-outputs.js'
import {parseSummary, summarise} from './report.js'
import {leafletSizes, renderers, type LeafletSize, type OutputName} from './renderers.js'

/** `samizdat build`: parse once, then write each output folder atomically under `--out`. */
export async function runBuild(
  options: {
    dir: string | undefined
    strict: boolean
    out: string | undefined
    siteUrl: string | undefined
    only: string | undefined
    force: boolean
    leafletSize?: string | undefined
  },
  io: Io
): Promise<number> {
  const started = performance.now()
  const selected = selectOutputs(options.only)
  const leafletSize = selectLeafletSize(options.leafletSize)
  const root = contentDir(options.dir, io.cwd)
  const layout = await outputLayout(root, options.out, io.cwd, 'build')
  // Kept between builds beside the outputs: parsed pages and each output's manifest.
  if (options.force) await rm(layout.cache, {recursive: true, force: true})
  // One set of worker threads for every stage; none starts unless a stage has work for it.
  const pool = workerPool()
  try {
    const {bundle, stats, ok} = await loadChecked({...options, dir: root, cacheDir: layout.cache, pool}, io)
    if (!ok) {
      // Nothing is written, so the previous outputs stay as they were.
      io.stderr.write(`samizdat: not building: ${summarise(bundle)}\n`)
      return 1
    }
    const written = (await buildOutputs(bundle, layout, selected, io, {leafletSize}, {pool})).map(({renderer, result, milliseconds}) => {
      const kept = result.kept.length > 0 ? `, ${result.kept.length} unchanged kept` : ''
      return `${renderer.folder}: ${result.files.length} files, ${result.rendered.length} rendered${kept}, in ${milliseconds} ms`
    })
    io.stdout.write(`${summarise(bundle)}\n${parseSummary(stats)}\nBuilt ${layout.describe(io.cwd)} (${written.join('; ')}) in ${((performance.now() - started) / 1000).toFixed(2)} s\n`)
    return 0
  } finally {
    await pool.close()
  }
}

function selectLeafletSize(size: string | undefined): LeafletSize {
  if (size === undefined) return 'A5'
  const found = leafletSizes.find((name) => name.toLowerCase() === size.trim().toLowerCase())
  if (!found) throw new UsageError(`--leaflet-size takes ${leafletSizes.join(' or ')}, not ${size}`)
  return found
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
