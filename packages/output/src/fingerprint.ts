import {createHash} from 'node:crypto'
import {readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/**
 * A hash of the code that produces an output: each named package's built files and the
 * versions of everything it depends on (fonts and icons come from npm packages), following
 * workspace packages recursively. A new renderer, theme or font version changes it, and
 * with it every cached output of that renderer.
 */
export async function fingerprint(packages: readonly string[], from: string = import.meta.url): Promise<string> {
  const h = createHash('sha256')
  const seen = new Set<string>()
  const visit = async (name: string, parent: string): Promise<void> => {
    if (seen.has(name)) return
    seen.add(name)
    const root = await packageRoot(name, parent)
    if (root === null) {
      h.update(`${name}: missing\n`)
      return
    }
    const manifest = await readManifest(root)
    h.update(`${name}@${manifest.version ?? '?'}\n`)
    if (name.startsWith('@samizdat/')) h.update(await distDigest(root))
    for (const dependency of Object.keys(manifest.dependencies ?? {}).sort()) await visit(dependency, path.join(root, 'package.json'))
  }
  for (const name of [...packages].sort()) await visit(name, fileURLToPath(from))
  return h.digest('hex')
}

// A build fingerprints the model and each renderer, which share most of their dependencies:
// what is read from disk (where a package is, its manifest, its built files) is read once per
// process, not once per fingerprint.
const once = <T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> => {
  let value = cache.get(key)
  if (value === undefined) cache.set(key, (value = make()))
  return value
}
const roots = new Map<string, Promise<string | null>>()
const manifests = new Map<string, Promise<{version?: string; dependencies?: Record<string, string>}>>()
const dists = new Map<string, Promise<string>>()

function readManifest(root: string) {
  return once(manifests, root, async () => JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {version?: string; dependencies?: Record<string, string>})
}

// Every file of a workspace package's dist/, names and bytes.
function distDigest(root: string): Promise<string> {
  return once(dists, root, async () => {
    const h = createHash('sha256')
    for (const file of await listFiles(path.join(root, 'dist'))) h.update(file).update(await readFile(path.join(root, 'dist', file)))
    return h.digest('hex')
  })
}

// Walks up node_modules folders as Node does, without loading the package (some have no
// importable entry, and loading would run their code).
function packageRoot(name: string, from: string): Promise<string | null> {
  return once(roots, `${path.dirname(from)}\u0000${name}`, async () => {
    let dir = path.dirname(from)
    for (;;) {
      const candidate = path.join(dir, 'node_modules', ...name.split('/'))
      const ok = await readFile(path.join(candidate, 'package.json')).then(() => true, () => false)
      if (ok) return candidate
      const parent = path.dirname(dir)
      if (parent === dir) return null
      dir = parent
    }
  })
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true}).catch(() => [])
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()
}
