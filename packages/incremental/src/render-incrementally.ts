import {copyFile, link, mkdir, readFile, rename, stat, unlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {OutputUnit, RenderResult, RenderSelection, SiteBundle} from '@samizdat/model'
import {writeOutputDir} from '@samizdat/output'
import {unitHashes, wholeHash, type UnitKey, type UnitReads} from './unit-hashes.js'

/** A renderer as an incremental build drives it. */
export interface IncrementalRenderer {
  /** Names its manifest in the cache: `html`, `pdf`, `cards`. */
  name: string
  /** What every unit depends on besides the bundle: the renderer's code fingerprint and options. */
  inputs: unknown
  /** Render the selected units (all of them when `only` is undefined) into the empty folder `dir`. */
  render(dir: string, only: RenderSelection | undefined): Promise<RenderResult>
  /** Work over the finished folder, after kept files are in place (a search index); returns the files it wrote. */
  finish?(dir: string): Promise<string[]>
  /**
   * What the site-wide files depend on besides the bundle and `inputs` (the identity of other
   * outputs' files the site serves). Only decides whether anything at all must be rendered.
   */
  siteInputs?: unknown
  /** What the renderer shows of the bundle, when less than a unit's whole inputs (see {@link UnitReads}). */
  reads?: UnitReads
}

/** What an incremental build did. */
export interface IncrementalResult {
  files: string[]
  /** Units rendered this time (all of them on a first or forced build). */
  rendered: string[]
  /** Units whose files were kept from the previous build. */
  kept: string[]
}

interface Manifest {
  version: 2
  inputs: string
  /** {@link wholeHash} of the build that wrote it, with `siteInputs`. */
  whole: string
  units: Record<string, {hash: string; files: string[]}>
  site: string[]
}

/**
 * Build `dest` for one renderer, rendering only the pages and recommendations whose inputs
 * changed since the manifest in `cacheDir` was written, and hard-linking the other units'
 * files from the previous `dest` (their bytes are not written again). The folder is still
 * replaced atomically, so a failure leaves the previous output as it was.
 */
export async function renderIncrementally(bundle: SiteBundle, dest: string, renderer: IncrementalRenderer, cacheDir: string): Promise<IncrementalResult> {
  const manifestFile = path.join(cacheDir, `${renderer.name}.json`)
  const inputs = JSON.stringify(renderer.inputs)
  const hashes = unitHashes(bundle, inputs, renderer.reads)
  const whole = wholeHash(bundle, [inputs, renderer.siteInputs ?? null], hashes)
  const previous = await readManifest(manifestFile, inputs)
  // Nothing changed and every file is still there: the output stays as it is, and the renderer
  // is not even called (so its modules, fonts and workers are never loaded).
  if (previous?.whole === whole) {
    const files = [...new Set([...Object.values(previous.units).flatMap((u) => u.files), ...previous.site])].sort()
    if (await allPresent(dest, files)) return {files, rendered: [], kept: Object.keys(previous.units)}
  }
  const reusable = previous === null ? new Map<string, string[]>() : await reusableUnits(previous, hashes, dest)

  const changed = [...hashes.keys()].filter((key) => !reusable.has(key))
  // No unit changed, none went away, and the renderer writes nothing site-wide (cards and
  // leaflets): though the bundle changed somewhere, nothing this renderer shows did. It is
  // not called, so not even loaded.
  if (previous !== null && changed.length === 0 && previous.site.length === 0 && Object.keys(previous.units).every((key) => hashes.has(key as UnitKey))) {
    const units = Object.fromEntries([...reusable].map(([key, files]) => [key, {hash: hashes.get(key as UnitKey)!, files}]))
    await writeManifest(manifestFile, {version: 2, inputs, whole, units, site: []})
    return {files: [...new Set([...reusable.values()].flat())].sort(), rendered: [], kept: [...reusable.keys()]}
  }
  const only: RenderSelection | undefined =
    previous === null ? undefined : {pages: idsOf(changed, 'page'), recommendations: idsOf(changed, 'recommendation')}

  let result: RenderResult = {files: [], units: []}
  const finished: string[] = []
  await writeOutputDir(dest, async (dir) => {
    result = await renderer.render(dir, only)
    for (const files of reusable.values()) {
      for (const file of files) await linkOrCopy(path.join(dest, file), path.join(dir, file))
    }
    if (renderer.finish !== undefined) finished.push(...(await renderer.finish(dir)))
    if (previous !== null) await keepIdenticalFiles([...result.files, ...finished], dir, dest)
  })

  const units: Manifest['units'] = {}
  for (const [key, files] of reusable) units[key] = {hash: hashes.get(key as UnitKey)!, files}
  for (const unit of result.units) {
    if (unit.kind === 'site') continue
    const key = `${unit.kind}:${unit.id}` as UnitKey
    const hash = hashes.get(key)
    if (hash !== undefined) units[key] = {hash, files: unit.files}
  }
  // A unit rendered into no file (a renderer that draws nothing for it) is as done as the others.
  for (const key of changed) units[key] ??= {hash: hashes.get(key)!, files: []}
  const site = [...result.units.filter((u) => u.kind === 'site').flatMap((u) => u.files), ...finished]
  await writeManifest(manifestFile, {version: 2, inputs, whole, units, site})
  return {
    files: [...new Set([...Object.values(units).flatMap((u) => u.files), ...site])].sort(),
    rendered: changed.filter((key) => result.units.some((u: OutputUnit) => `${u.kind}:${u.id}` === key)),
    kept: [...reusable.keys()]
  }
}

// A unit is kept only if its inputs hash the same and every file it wrote is still there.
async function reusableUnits(previous: Manifest, hashes: Map<UnitKey, string>, dest: string): Promise<Map<string, string[]>> {
  const reusable = new Map<string, string[]>()
  for (const [key, hash] of hashes) {
    const unit = previous.units[key]
    if (unit === undefined || unit.hash !== hash) continue
      if (await allPresent(dest, unit.files)) reusable.set(key, unit.files)
  }
  return reusable
}

async function allPresent(dest: string, files: readonly string[]): Promise<boolean> {
  const present = await Promise.all(files.map((f) => stat(path.join(dest, f)).then((s) => s.isFile(), () => false)))
  return present.every(Boolean)
}

function idsOf(keys: string[], kind: 'page' | 'recommendation'): Set<string> {
  const prefix = `${kind}:`
  return new Set(keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)))
}

async function readManifest(file: string, inputs: string): Promise<Manifest | null> {
  try {
    const manifest = JSON.parse(await readFile(file, 'utf8')) as Manifest
    return manifest.version === 2 && manifest.inputs === inputs ? manifest : null
  } catch {
    return null
  }
}

async function writeManifest(file: string, manifest: Manifest): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true})
  await writeFile(`${file}.tmp`, JSON.stringify(manifest))
  await rename(`${file}.tmp`, file)
}

// Site-wide files (styles, fonts, assets) and re-rendered units often come out byte for byte
// as before: keep the previous file itself then, so only what really changed is new on disk.
async function keepIdenticalFiles(files: string[], dir: string, dest: string): Promise<void> {
  for (const file of files) {
    const [fresh, old] = [path.join(dir, file), path.join(dest, file)]
    const [a, b] = await Promise.all([stat(fresh).catch(() => null), stat(old).catch(() => null)])
    if (a === null || b === null || !a.isFile() || !b.isFile() || a.size !== b.size || a.ino === b.ino) continue
    const [x, y] = await Promise.all([readFile(fresh), readFile(old)])
    if (!x.equals(y)) continue
    await unlink(fresh)
    await linkOrCopy(old, fresh)
  }
}

// A hard link keeps the very same file (same inode, same bytes, not rewritten); copying is the
// fallback where links are not allowed.
async function linkOrCopy(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), {recursive: true})
  try {
    await link(from, to)
  } catch {
    await copyFile(from, to)
  }
}
