import {createHash} from 'node:crypto'
import {readFileSync, readdirSync, type Dirent} from 'node:fs'
import {mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileState, sameFileState, type FileState} from '@samizdat/output'

/**
 * What a finished build remembers so that the next one can tell, from file states alone, that
 * it has nothing to do: its settings, every file and folder it could have read, and every
 * file it wrote. `report` is what the build said, to say again.
 */
export interface BuildStamp<Report = unknown> {
  version: 1
  /** The build's settings and code fingerprint, as one string: any difference is a change. */
  key: string
  /** The environment variables the build read, and their values (null: unset). */
  env: Record<string, string | null>
  inputs: InputSnapshot
  /** Every file and folder of the outputs, as the build left them. */
  outputs: FileState[]
  report: Report
}

/** The inputs' states, taken before a build reads them (so a change made during it shows next time). */
export interface InputSnapshot {
  roots: string[]
  /** Folders whose own entries count, not what is inside their subfolders (a project folder beside its docs). */
  shallow: string[]
  skip: string[]
  /** When the snapshot was taken (ms since 1970). */
  taken: number
  files: FileState[]
  /**
   * Entries changed within two seconds of the snapshot: a later change in the same tick of the
   * file system's clock leaves the same mtime, so these are compared by content (git's
   * "racily clean" rule): a file by its bytes' sha256, a folder by its names.
   */
  racy: Record<string, string>
}

/**
 * Folder names an input walk never enters: version control, dependencies, caches and Python
 * environments (an MkDocs project often holds its virtualenv: thousands of files no page reads).
 */
const skippedNames = new Set(['.git', '.hg', '.svn', 'node_modules', '.cache', '__pycache__', '.venv', 'venv', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache'])

/**
 * The states of every file and folder under `roots` (recursively; nested and repeated roots
 * are walked once) and of the entries of each `shallow` folder, leaving out `skip` (the
 * build's own outputs and cache) and version-control, dependency, cache and virtualenv folders.
 */
export function snapshotInputs(roots: readonly string[], skip: readonly string[], shallow: readonly string[] = []): InputSnapshot {
  const taken = Date.now()
  const files = inputStates(roots, shallow, skip)
  const racy: Record<string, string> = {}
  for (const state of files) if (state.mtimeMs >= taken - 2000) racy[state.path] = contentDigest(state.path)
  return {roots: [...roots], shallow: [...shallow], skip: [...skip], taken, files, racy}
}

/** The states of every file and folder under `dirs` (each an output folder; a missing one is recorded as missing). */
export function snapshotOutputs(dirs: readonly string[]): FileState[] {
  return walk(dirs, [], new Set())
}

/**
 * Whether the inputs are as the snapshot found them: the same entries in every folder, each
 * with the same size, mtime and inode (and, for the ones changed just before it, the same content).
 */
export function inputsUnchanged(snapshot: InputSnapshot): boolean {
  return sameStates(inputStates(snapshot.roots, snapshot.shallow, snapshot.skip), snapshot.files, snapshot.racy)
}

/** Whether the output folders hold exactly the files (same states) they held. */
export function outputsUnchanged(dirs: readonly string[], states: readonly FileState[]): boolean {
  return sameStates(snapshotOutputs(dirs), states, {})
}

/** The stamp at `file`; null when there is none (or of another version). */
export async function readStamp<Report>(file: string): Promise<BuildStamp<Report> | null> {
  try {
    const stamp = JSON.parse(await readFile(file, 'utf8')) as BuildStamp<Report>
    return stamp.version === 1 ? stamp : null
  } catch {
    return null
  }
}

/** Write a stamp (atomically: a reader sees the old one or the new one). */
export async function writeStamp(file: string, stamp: BuildStamp): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true})
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, JSON.stringify(stamp))
  await rename(temporary, file)
}

/** Remove a stamp: a build that starts changing outputs makes it untrue until it finishes. */
export async function removeStamp(file: string): Promise<void> {
  await rm(file, {force: true})
}

function sameStates(now: readonly FileState[], then: readonly FileState[], racy: Readonly<Record<string, string>>): boolean {
  if (now.length !== then.length) return false
  return now.every((state, i) => {
    const old = then[i]!
    if (!sameFileState(state, old)) return false
    const digest = racy[state.path]
    return digest === undefined || contentDigest(state.path) === digest
  })
}

function inputStates(roots: readonly string[], shallow: readonly string[], skip: readonly string[]): FileState[] {
  const skipped = new Set(skip.map((dir) => path.resolve(dir)))
  const states = walk(roots, skip, skippedNames)
  for (const dir of shallow.map((d) => path.resolve(d))) {
    const state = fileState(dir)
    states.push(state)
    if (state.kind !== 'directory') continue
    for (const name of entries(dir).map((e) => e.name)) {
      if (!skippedNames.has(name) && !skipped.has(path.join(dir, name))) states.push(fileState(path.join(dir, name)))
    }
  }
  return states
}

// Sorted by path, roots first as given; synchronous, since a walk of a few thousand entries
// takes milliseconds and nothing else runs meanwhile.
function walk(roots: readonly string[], skip: readonly string[], names: ReadonlySet<string>): FileState[] {
  const skipped = new Set(skip.map((dir) => path.resolve(dir)))
  const seen = new Set<string>()
  const states: FileState[] = []
  const visit = (entry: string): void => {
    if (seen.has(entry) || skipped.has(entry)) return
    seen.add(entry)
    const state = fileState(entry)
    states.push(state)
    if (state.kind !== 'directory') return
    for (const dirent of entries(entry)) {
      if (names.has(dirent.name)) continue
      // Symbolic links are followed for their state (fileState), not walked into as folders.
      if (dirent.isDirectory()) visit(path.join(entry, dirent.name))
      else {
        const file = path.join(entry, dirent.name)
        if (!skipped.has(file) && !seen.has(file)) {
          seen.add(file)
          states.push(fileState(file))
        }
      }
    }
  }
  for (const root of roots) visit(path.resolve(root))
  return states
}

// A folder's entries by name; one that cannot be listed (gone, or unreadable) counts as empty,
// and its own state still tells whether it changed.
function entries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  } catch {
    return []
  }
}

function contentDigest(entry: string): string {
  const h = createHash('sha256')
  try {
    h.update(readFileSync(entry))
  } catch {
    try {
      h.update(readdirSync(entry).sort().join('\u0000'))
    } catch {
      h.update('\u0000missing')
    }
  }
  return h.digest('hex')
}
