import {createHash} from 'node:crypto'
import {readFileSync, readdirSync} from 'node:fs'
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {fileState, sameFileStates, type FileState} from './file-state.js'

/** Options of {@link fingerprint}. */
export interface FingerprintOptions {
  /**
   * Keep the result in this folder with the state (size, mtime, inode) of every file it read or
   * looked for: the next call whose files are all as they were returns it after a `stat` of
   * each, instead of reading and hashing every built file again (most of a rebuild's start-up).
   */
  cacheDir?: string
}

/**
 * A hash of the code that produces an output: each named package's built files and the
 * versions of everything it depends on (fonts and icons come from npm packages), following
 * workspace packages recursively. A new renderer, theme or font version changes it, and
 * with it every cached output of that renderer.
 */
export async function fingerprint(packages: readonly string[], from: string = import.meta.url, options: FingerprintOptions = {}): Promise<string> {
  const names = [...packages].sort()
  const fromFile = from.startsWith('file:') ? fileURLToPath(from) : from
  const cacheFile = options.cacheDir === undefined ? null : path.join(options.cacheDir, 'code', `${createHash('sha256').update(JSON.stringify([names, fromFile])).digest('hex').slice(0, 32)}.json`)
  const cached = cacheFile === null ? null : await readCached(cacheFile)
  if (cached !== null && sameFileStates(cached.files)) return cached.hash

  const started = Date.now()
  const h = createHash('sha256')
  const seen = new Set<string>()
  const files = new Map<string, FileState>()
  const visit = (name: string, parent: string): void => {
    if (seen.has(name)) return
    seen.add(name)
    const found = packageRoot(name, parent)
    for (const state of found.states) files.set(state.path, state)
    if (found.root === null) {
      h.update(`${name}: missing\n`)
      return
    }
    const manifest = readManifest(found.root)
    for (const state of manifest.states) files.set(state.path, state)
    h.update(`${name}@${manifest.value.version ?? '?'}\n`)
    if (name.startsWith('@samizdat/')) {
      const dist = distDigest(found.root)
      for (const state of dist.states) files.set(state.path, state)
      h.update(dist.digest)
    }
    for (const dependency of Object.keys(manifest.value.dependencies ?? {}).sort()) visit(dependency, path.join(found.root, 'package.json'))
  }
  for (const name of names) visit(name, fromFile)
  const hash = h.digest('hex')
  // A file changed within the last seconds may change again within the clock's granularity
  // without its mtime showing it: such a result is not kept (git's "racily clean" rule).
  const states = [...files.values()]
  if (cacheFile !== null && states.every((s) => s.mtimeMs < started - 2000)) await writeCached(cacheFile, {hash, files: states})
  return hash
}

// A build fingerprints the model and each renderer, which share most of their dependencies:
// what is read from disk (where a package is, its manifest, its built files) is read once per
// process, not once per fingerprint, and read again only when a file's state changed (a
// long-running `samizdat dev` sees a rebuilt package). Each state is taken before the file is
// read, so a later change always shows.
const once = <T extends {states: FileState[]}>(cache: Map<string, T>, key: string, make: () => T): T => {
  let value = cache.get(key)
  if (value === undefined || !sameFileStates(value.states)) cache.set(key, (value = make()))
  return value
}
type Manifest = {version?: string; dependencies?: Record<string, string>}
const roots = new Map<string, {root: string | null; states: FileState[]}>()
const manifests = new Map<string, {value: Manifest; states: FileState[]}>()
const dists = new Map<string, {digest: string; states: FileState[]}>()

function readManifest(root: string) {
  return once(manifests, root, () => {
    const file = path.join(root, 'package.json')
    const state = fileState(file)
    return {value: JSON.parse(readFileSync(file, 'utf8')) as Manifest, states: [state]}
  })
}

// Every file of a workspace package's dist/, names and bytes.
function distDigest(root: string) {
  return once(dists, root, () => {
    const h = createHash('sha256')
    const dir = path.join(root, 'dist')
    const states = [fileState(dir)]
    for (const {file, directory} of listEntries(dir)) {
      const full = path.join(dir, file)
      states.push(fileState(full))
      // A folder's mtime changes when a file is added to or removed from it.
      if (!directory) h.update(file).update(readFileSync(full))
    }
    return {digest: h.digest('hex'), states}
  })
}

// Walks up node_modules folders as Node does, without loading the package (some have no
// importable entry, and loading would run their code). The places looked at in vain count
// too: a package installed there later is found first.
function packageRoot(name: string, from: string) {
  return once(roots, `${path.dirname(from)}\u0000${name}`, () => {
    const states: FileState[] = []
    let dir = path.dirname(from)
    for (;;) {
      const candidate = path.join(dir, 'node_modules', ...name.split('/'))
      const state = fileState(path.join(candidate, 'package.json'))
      states.push(state)
      if (state.kind === 'file') return {root: candidate, states}
      const parent = path.dirname(dir)
      if (parent === dir) return {root: null, states}
      dir = parent
    }
  })
}

function listEntries(dir: string): Array<{file: string; directory: boolean}> {
  try {
    return readdirSync(dir, {recursive: true, withFileTypes: true})
      .filter((e) => e.isFile() || e.isDirectory())
      .map((e) => ({file: path.relative(dir, path.join(e.parentPath, e.name)), directory: e.isDirectory()}))
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  } catch {
    return []
  }
}

async function readCached(file: string): Promise<{hash: string; files: FileState[]} | null> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as {hash?: unknown; files?: unknown}
    return typeof value.hash === 'string' && Array.isArray(value.files) ? {hash: value.hash, files: value.files as FileState[]} : null
  } catch {
    return null
  }
}

async function writeCached(file: string, value: {hash: string; files: FileState[]}): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true})
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, JSON.stringify(value))
  await rename(temporary, file)
}
