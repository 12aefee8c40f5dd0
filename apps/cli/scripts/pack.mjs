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
//   node apps/cli/scripts/pack.mjs [--out DIR]     prints the tarball's path
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
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
  const manifest = strip(cli.manifest)
  manifest.dependencies = Object.fromEntries([...[...bundled].map((name) => [name, workspaces.get(name).manifest.version]), ...thirdParty].sort(([a], [b]) => (a < b ? -1 : 1)))
  manifest.bundleDependencies = [...bundled].sort()
  manifest.engines = JSON.parse(await readFile(path.join(repository, 'package.json'), 'utf8')).engines
  await writeFile(path.join(staging, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  await mkdir(out, {recursive: true})
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], {cwd: staging, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']}))
  const file = path.join(out, packed[0].filename)
  const {size} = await stat(file)
  process.stderr.write(`packed ${packed[0].entryCount} files, ${(size / 1024).toFixed(0)} KiB (${bundled.size} workspace packages bundled, ${thirdParty.size} dependencies from the registry)\n`)
  process.stdout.write(`${file}\n`)
} finally {
  await rm(staging, {recursive: true, force: true})
}

/** The version of `name` that Node would load from `dir`, by walking up node_modules folders. */
function installedVersion(name, dir) {
  for (let at = dir; ; at = path.dirname(at)) {
    const manifest = path.join(at, 'node_modules', ...name.split('/'), 'package.json')
    if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')).version
    if (path.dirname(at) === at) return null
  }
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
