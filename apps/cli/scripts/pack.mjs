#!/usr/bin/env node
// Pack the samizdat command into one tarball that installs anywhere with `npm install FILE`.
//
// The CLI depends on private workspace packages (@samizdat/model, the renderers, ...), which
// are not on any registry, and `npm pack` in a workspace leaves them out (npm hoists them to
// the repository's node_modules, where bundleDependencies does not look). So the tarball is
// packed from a staging folder: the CLI's own files, each workspace package it needs (its
// published `files`) under node_modules/@samizdat/ and listed in bundleDependencies, and every
// third-party dependency of those packages as a dependency of the CLI, installed from the
// registry as usual. Run `npx turbo build` first: it packs the built dist/ folders.
//
// The parser's dependencies are patched at install (packages/mkdocs-markdown/patches, applied by
// the repository's postinstall), and a copy from the registry would be unpatched, so its
// superlinear paths would be back. The patched packages, and every package that reaches one
// through its dependencies (remark-parse, remark-gfm, ...: each must find the patched copy
// first), are bundled as installed here; their other dependencies come from the registry.
//
//   node apps/cli/scripts/pack.mjs [--out DIR]     prints the tarball's path
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {cp, mkdir, mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const repository = fileURLToPath(new URL('../../../', import.meta.url))
const cliDir = path.join(repository, 'apps', 'cli')
const outIndex = process.argv.indexOf('--out')
const out = path.resolve(outIndex === -1 ? path.join(cliDir, 'dist-pack') : process.argv[outIndex + 1])

// Workspace packages by name: packages/* and apps/cli.
const workspaces = new Map()
for (const dir of [cliDir, ...(await listDirs(path.join(repository, 'packages')))]) {
  const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'))
  workspaces.set(manifest.name, {dir, manifest})
}

// Every workspace package the CLI reaches, and every third-party dependency they have.
const bundled = new Set()
const thirdParty = new Map()
const visit = (name) => {
  const {manifest} = workspaces.get(name)
  for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
    if (workspaces.has(dependency)) {
      if (!bundled.has(dependency)) {
        bundled.add(dependency)
        visit(dependency)
      }
    } else {
      // The version the repository installed and tested, pinned, whatever range asked for it.
      thirdParty.set(dependency, installedVersion(dependency, workspaces.get(name).dir) ?? range)
    }
  }
}
visit('@samizdat/cli')

// The patched closure: installed folders by name, found from every bundled workspace package.
const patched = new Set(readdirSync(path.join(repository, 'packages/mkdocs-markdown/patches')).map((file) => file.replace(/\+[^+]*\.patch$/, '').replace('+', '/')))
const graph = new Map()
const reachesPatched = new Map()
const closure = new Map()
for (const name of bundled) for (const dependency of Object.keys(workspaces.get(name).manifest.dependencies ?? {})) if (!workspaces.has(dependency)) keepPatched(dependency, workspaces.get(name).dir)
for (const [name, dir] of closure) {
  for (const dependency of Object.keys(graph.get(dir).manifest.dependencies ?? {})) {
    if (!closure.has(dependency)) thirdParty.set(dependency, installedVersion(dependency, dir))
  }
}
for (const name of closure.keys()) thirdParty.delete(name)

const staging = await mkdtemp(path.join(tmpdir(), 'samizdat-pack-'))
try {
  const cli = workspaces.get('@samizdat/cli')
  await copyPublished(cli.dir, cli.manifest, staging)
  for (const name of [...bundled].sort()) {
    const {dir, manifest} = workspaces.get(name)
    const target = path.join(staging, 'node_modules', ...name.split('/'))
    await copyPublished(dir, manifest, target)
    await writeFile(path.join(target, 'package.json'), `${JSON.stringify(strip(manifest), null, 2)}\n`)
  }
  for (const [name, dir] of closure) await cp(dir, path.join(staging, 'node_modules', ...name.split('/')), {recursive: true})
  const manifest = strip(cli.manifest)
  const inside = [...[...bundled].map((name) => [name, workspaces.get(name).manifest.version]), ...[...closure].map(([name, dir]) => [name, graph.get(dir).manifest.version])]
  manifest.dependencies = Object.fromEntries([...inside, ...thirdParty].sort(([a], [b]) => (a < b ? -1 : 1)))
  manifest.bundleDependencies = inside.map(([name]) => name).sort()
  manifest.engines = JSON.parse(await readFile(path.join(repository, 'package.json'), 'utf8')).engines
  await writeFile(path.join(staging, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  await mkdir(out, {recursive: true})
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], {cwd: staging, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']}))
  const file = path.join(out, packed[0].filename)
  const {size} = await stat(file)
  process.stderr.write(`packed ${packed[0].entryCount} files, ${(size / 1024).toFixed(0)} KiB (${bundled.size} workspace packages and ${closure.size} patched or reaching a patched one bundled, ${thirdParty.size} dependencies from the registry)\n`)
  process.stdout.write(`${file}\n`)
} finally {
  await rm(staging, {recursive: true, force: true})
}

/** The version of `name` that Node would load from `dir`, by walking up node_modules folders. */
function installedVersion(name, dir) {
  const found = installedDir(name, dir)
  return found === null ? null : JSON.parse(readFileSync(path.join(found, 'package.json'), 'utf8')).version
}

/** The folder of `name` that Node would load from `dir`, or null. */
function installedDir(name, dir) {
  for (let at = dir; ; at = path.dirname(at)) {
    const found = path.join(at, 'node_modules', ...name.split('/'))
    if (existsSync(path.join(found, 'package.json'))) return found
    if (path.dirname(at) === at) return null
  }
}

/**
 * Whether the package `name` loaded from `from` is patched or reaches a patched package through
 * its dependencies; each such package goes into `closure` (one installed copy per name).
 */
function keepPatched(name, from) {
  const dir = installedDir(name, from)
  if (dir === null) return false
  if (reachesPatched.has(dir)) return reachesPatched.get(dir)
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
  graph.set(dir, {manifest})
  reachesPatched.set(dir, false)
  let reaches = patched.has(name)
  for (const dependency of Object.keys(manifest.dependencies ?? {})) if (keepPatched(dependency, dir)) reaches = true
  reachesPatched.set(dir, reaches)
  if (reaches) {
    if (closure.has(name) && closure.get(name) !== dir) throw new Error(`two installed copies of ${name} reach a patched package (${closure.get(name)}, ${dir}): bundle one`)
    closure.set(name, dir)
  }
  return reaches
}

/** A manifest as installed: no scripts or dev dependencies. */
function strip(manifest) {
  const {scripts: _scripts, devDependencies: _dev, ...rest} = manifest
  return rest
}

/** Copy what `npm pack` would publish of a package: its `files`, package.json, README, LICENSE. */
async function copyPublished(dir, manifest, target) {
  await mkdir(target, {recursive: true})
  for (const entry of [...(manifest.files ?? []), 'package.json', 'README.md', 'LICENSE']) {
    const from = path.join(dir, entry)
    if (await stat(from).then(() => true, () => false)) await cp(from, path.join(target, entry), {recursive: true})
  }
}

async function listDirs(dir) {
  const {readdir} = await import('node:fs/promises')
  return (await readdir(dir, {withFileTypes: true})).filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name))
}
