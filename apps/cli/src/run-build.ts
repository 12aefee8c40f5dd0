import type {Io} from './io.js'
import {UsageError} from './io.js'
import {contentDir} from './content-dir.js'
import {leafletSizes, renderers, type LeafletSize, type OutputName} from './renderers.js'
import {replayUnchangedBuild, type BuildRequest} from './unchanged-build.js'

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
  const request: BuildRequest = {
    root: contentDir(options.dir, io.cwd),
    out: options.out,
    cwd: io.cwd,
    strict: options.strict,
    siteUrl: options.siteUrl,
    selected: [...selectOutputs(options.only)].sort(),
    leafletSize: selectLeafletSize(options.leafletSize)
  }
  // Nothing changed since the last build: said from file states alone, before the parser or
  // any renderer is loaded.
  if (!options.force && (await replayUnchangedBuild(request, io, started))) return 0
  const {buildProject} = await import('./build-project.js')
  return buildProject(request, {force: options.force}, io, started)
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
