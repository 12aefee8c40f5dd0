import path from 'node:path'
import {inputsUnchanged, outputsUnchanged, readStamp, type BuildStamp} from '@samizdat/incremental'
import {fingerprint} from '@samizdat/output'
import type {Io} from './io.js'
import {cacheFolders} from './output-layout.js'
import type {LeafletSize, OutputName} from './renderers.js'

/** What `samizdat build` was asked to do; with the code and the environment, what a build's outputs depend on besides its files. */
export interface BuildRequest {
  root: string
  out: string | undefined
  cwd: string
  strict: boolean
  siteUrl: string | undefined
  selected: OutputName[]
  leafletSize: LeafletSize
}

/** What a build said, to say again when the next one has nothing to do. */
export interface BuildReport {
  /** The diagnostics, as printed (paths relative to the `cwd` of the request). */
  diagnostics: string
  /** `2 pages, 3 recommendations: 0 errors, 6 warnings`. */
  summary: string
  pages: number
  /** `dist/`, as the summary names the outputs. */
  describe: string
  outputs: Array<{folder: string; files: number; units: number}>
  /** Every output folder (site, leaflets, cards): their files are part of the stamp. */
  folders: string[]
}

/** The stamp's file name in the build's cache folder. */
export const stampName = 'build.json'

/** Environment variables every build reads (the page time limit, the date in PDFs), besides the ones the config names with `!ENV`. */
export const buildEnvironment = ['SAMIZDAT_PAGE_TIMEOUT', 'SOURCE_DATE_EPOCH']

/** The stamp key of a request: the request itself, Node's version and the fingerprint of the command's code. */
export async function stampKey(request: BuildRequest, cacheDir: string): Promise<string> {
  const code = await fingerprint(['@samizdat/cli'], import.meta.url, {cacheDir})
  return JSON.stringify({request, node: process.version, code})
}

/**
 * When the last build of this request left a stamp, and no input, setting, environment
 * variable it read, code or output has changed since (all told by file states: nothing is
 * parsed or rendered, no renderer is even loaded), say again what it said and return true.
 */
export async function replayUnchangedBuild(request: BuildRequest, io: Io, started: number): Promise<boolean> {
  for (const cacheDir of cacheFolders(request.root, request.out, request.cwd)) {
    const stamp = await readStamp<BuildReport>(path.join(cacheDir, stampName))
    if (stamp === null || !holds(stamp) || stamp.key !== (await stampKey(request, cacheDir))) continue
    const {report} = stamp
    io.stderr.write(report.diagnostics)
    const outputs = report.outputs.map((o) => `${o.folder}: ${o.files} files, 0 rendered, ${o.units} unchanged kept, in 0 ms`)
    io.stdout.write(`${report.summary}\nnothing changed since the last build: parsed 0 pages, ${report.pages} unchanged\nBuilt ${report.describe} (${outputs.join('; ')}) in ${((performance.now() - started) / 1000).toFixed(2)} s\n`)
    return true
  }
  return false
}

// A stamp that cannot be checked (written by another version, say) is no stamp.
function holds(stamp: BuildStamp<BuildReport>): boolean {
  try {
    return Object.entries(stamp.env).every(([name, value]) => (process.env[name] ?? null) === value) && inputsUnchanged(stamp.inputs) && outputsUnchanged(stamp.report.folders, stamp.outputs)
  } catch {
    return false
  }
}
