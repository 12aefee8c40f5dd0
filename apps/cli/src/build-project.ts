import {rm} from 'node:fs/promises'
import path from 'node:path'
import {removeStamp, snapshotInputs, snapshotOutputs, writeStamp, type InputSnapshot} from '@samizdat/incremental'
import {loadConfig, type ProjectConfig} from '@samizdat/model'
import {workerPool, type WorkerPool} from '@samizdat/output'
import {buildOutputs} from './build-outputs.js'
import type {Io} from './io.js'
import {loadChecked} from './load.js'
import {outputLayout, type OutputLayout} from './output-layout.js'
import {renderers} from './renderers.js'
import {parseSummary, printDiagnostics, summarise} from './report.js'
import {buildEnvironment, stampKey, stampName, type BuildReport, type BuildRequest} from './unchanged-build.js'

/**
 * Parse what changed, render what changed, and leave a stamp for the next build: the build
 * `samizdat build` runs whenever {@link replayUnchangedBuild} cannot say nothing changed.
 */
export async function buildProject(request: BuildRequest, options: {force: boolean}, io: Io, started: number): Promise<number> {
  // One set of worker threads for every stage; none starts unless a stage has work for it.
  const pool = workerPool()
  try {
    return await buildWith(pool, request, options, io, started)
  } finally {
    await pool.close()
  }
}

async function buildWith(pool: WorkerPool, request: BuildRequest, options: {force: boolean}, io: Io, started: number): Promise<number> {
  const {root} = request
  const env = recordingEnvironment()
  const layout = await outputLayout(root, request.out, request.cwd, 'build', env.values)
  // Kept between builds beside the outputs: parsed pages and each output's manifest.
  if (options.force) await rm(layout.cache, {recursive: true, force: true})
  // Outputs are about to change: the last stamp is no longer true until this build ends.
  const stampFile = path.join(layout.cache, stampName)
  await removeStamp(stampFile)
  const key = await stampKey(request, layout.cache)
  // Taken before anything is read, so that a file changed while this build runs shows next time.
  const roots = inputRoots((await loadConfig(root, {env: env.values})).config)
  const inputs = snapshotInputs(roots, [...layout.owned, layout.cache], [root])

  // While changed pages parse on the pool's threads, this one loads the renderers they need.
  const onParse = () => renderers.filter((r) => request.selected.includes(r.name)).forEach((r) => r.prepare?.())
  const {bundle, stats, ok} = await loadChecked({dir: root, strict: request.strict, siteUrl: request.siteUrl, cacheDir: layout.cache, env: env.values, quiet: true, pool, onParse}, io)
  const diagnostics: string[] = []
  printDiagnostics(bundle.diagnostics, root, {...io, stderr: {write: (text) => (diagnostics.push(text), io.stderr.write(text)), isTTY: io.stderr.isTTY === true}})
  if (!ok) {
    // Nothing is written, so the previous outputs stay as they were.
    io.stderr.write(`samizdat: not building: ${summarise(bundle)}\n`)
    return 1
  }
  const built = await buildOutputs(bundle, layout, new Set(request.selected), io, {leafletSize: request.leafletSize}, {pool})
  const written = built.map(({renderer, result, milliseconds}) => {
    const kept = result.kept.length > 0 ? `, ${result.kept.length} unchanged kept` : ''
    return `${renderer.folder}: ${result.files.length} files, ${result.rendered.length} rendered${kept}, in ${milliseconds} ms`
  })
  const report: BuildReport = {
    diagnostics: diagnostics.join(''),
    summary: summarise(bundle),
    pages: bundle.pages.length,
    describe: layout.describe(request.cwd),
    outputs: built.map(({renderer, result}) => ({folder: renderer.folder, files: result.files.length, units: result.rendered.length + result.kept.length})),
    folders: [layout.site, layout.leaflets, layout.cards]
  }
  await stamp(stampFile, {key, env, inputs, roots, report}, root)
  io.stdout.write(`${report.summary}\n${parseSummary(stats)}\nBuilt ${report.describe} (${written.join('; ')}) in ${((performance.now() - started) / 1000).toFixed(2)} s\n`)
  return 0
}

// Written only when the config still names the same folders as when the inputs were taken
// (an edit of the config during the build would otherwise leave a stamp over the wrong ones).
async function stamp(file: string, made: {key: string; env: ReturnType<typeof recordingEnvironment>; inputs: InputSnapshot; roots: string[]; report: BuildReport}, root: string): Promise<void> {
  const now = inputRoots((await loadConfig(root, {env: made.env.values})).config)
  if (JSON.stringify(now) !== JSON.stringify(made.roots)) return
  const env: Record<string, string | null> = {}
  for (const name of [...buildEnvironment, ...made.env.read].sort()) env[name] = process.env[name] ?? null
  await writeStamp(file, {version: 1, key: made.key, env, inputs: made.inputs, outputs: snapshotOutputs(made.report.folders), report: made.report})
}

/**
 * Every folder and file a build of the project can read: the folders the config names, which
 * may be outside the project (docs_dir, custom_dir, icon sets, snippet base paths, INHERITed
 * configs). The project folder itself counts by its entries (which config file there is,
 * whether it has a docs/ folder): its other folders are read only when named.
 */
function inputRoots(config: ProjectConfig): string[] {
  const bases = config.snippets?.basePaths.filter((base): base is string => base !== 'page') ?? []
  return [...new Set([config.docsDir, ...(config.staticDir === null ? [] : [config.staticDir]), ...config.iconDirs, ...bases, ...config.files])]
}

// `!ENV` in mkdocs.yml can read any variable: the names read are remembered, so that a new
// value makes the next build a real one.
function recordingEnvironment(): {values: Readonly<Record<string, string | undefined>>; read: Set<string>} {
  const read = new Set<string>()
  const values = new Proxy(process.env, {
    get(target, name) {
      if (typeof name === 'string') read.add(name)
      return target[name as string]
    }
  })
  return {values, read}
}
