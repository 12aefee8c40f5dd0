import {execFile} from 'node:child_process'
import {cp, mkdir, mkdtemp, readFile, readdir, stat} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {beforeAll, describe, expect, it} from 'vitest'

const run = promisify(execFile)
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Run a command; never throws, returns the exit code and output. */
async function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  try {
    const {stdout, stderr} = await run(command, args, {cwd, env: {...process.env, ...env}, maxBuffer: 64 << 20})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string}
    return {code: e.code, stdout: e.stdout, stderr: e.stderr}
  }
}

describe('the packed samizdat command', () => {
  let dir: string
  let tarball: string

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'samizdat-pack-test-'))
    const packed = await sh(process.execPath, [path.join(repo, 'apps/cli/scripts/pack.mjs'), '--out', path.join(dir, 'tarball')], repo)
    expect(packed.stderr).toMatch(/packed \d+ files/)
    tarball = packed.stdout.trim()
  })

  it('is one tarball with the workspace packages inside and the registry ones as dependencies', async () => {
    const {size} = await stat(tarball)
    // Measured at 570 KiB: the code of ten packages and of the 17 patched parser packages or those
    // reaching one, no fonts or icons (those come from npm).
    expect(size).toBeLessThan(1024 * 1024)
    const listing = await sh('tar', ['-tzf', tarball], dir)
    const entries = listing.stdout.split('\n')
    expect(entries).toEqual(expect.arrayContaining(['package/bin/samizdat.js', 'package/dist/bin.js', 'package/node_modules/@samizdat/model/dist/index.js', 'package/node_modules/@samizdat/render-html/assets/style.css']))
    // Nothing of the repository's own content or tests.
    expect(entries.filter((e) => /\/(?:test|src|content)\//.test(e))).toEqual([])
  })

  it('installs into an empty folder outside the repository, where `npx samizdat build` builds an MkDocs project', async () => {
    const install = path.join(dir, 'install')
    await mkdir(install)
    // The npm registry is reachable from tests; the cache the repository's own install filled makes this quick.
    const installed = await sh('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], install)
    expect(installed.stderr).not.toMatch(/npm error/)
    expect(installed.code).toBe(0)
    const project = path.join(dir, 'field-notes')
    await cp(path.join(repo, 'tests/fixtures/mkdocs-migration'), project, {recursive: true})
    const built = await sh('npx', ['samizdat', 'build', project], install, {FIELD_NOTES_EXCLUDE: 'escape.md', SOURCE_DATE_EPOCH: '1700000000'})
    expect(built.stderr).not.toMatch(/(?:warning|error):/)
    expect(built.code).toBe(0)
    expect(built.stdout).toMatch(/4 pages, 1 recommendation: 0 errors, 0 warnings/)
    const site = await readdir(path.join(project, 'site'), {recursive: true})
    expect(site).toEqual(expect.arrayContaining(['index.html', 'assets/images/compass.svg', 'leaflets/compass.pdf', 'cards/compass-og.png', 'pagefind/pagefind.js']))
    expect(await readFile(path.join(project, 'site/index.html'), 'utf8')).toContain('<html lang="en"')
    // `serve` is there too, as MkDocs users type it.
    const help = await sh('npx', ['samizdat', '--help'], install)
    expect(help.stdout).toContain('(alias: serve)')
    // Installing 179 packages and building took over the e2e default of 120 s at a load average of 32.
  }, 300_000)

  it('parses with the patched micromark there, not a copy from the registry', async () => {
    const install = path.join(dir, 'install')
    const inside = path.join(install, 'node_modules/@samizdat/cli/node_modules')
    // Every file a patch touches is in the tarball, patched, and no copy of a patched package
    // is installed where the parser could find it first.
    for (const file of await readdir(path.join(repo, 'packages/mkdocs-markdown/patches'))) {
      const text = await readFile(path.join(repo, 'packages/mkdocs-markdown/patches', file), 'utf8')
      for (const [, target] of text.matchAll(/^\+\+\+ b\/node_modules\/(.+)$/gm)) {
        expect(await readFile(path.join(inside, target!), 'utf8'), target).toContain('Patched by Samizdat')
        const name = target!.split('/')[0]!
        expect(await stat(path.join(install, 'node_modules', name)).then(() => name, () => null)).toBeNull()
      }
    }
    // Work, not time, through the installed processor (see packages/mkdocs-markdown/test/patches.test.ts):
    // unpatched, four times the nesting of emphasis hands the span resolvers sixteen times the events.
    const count = `
      const {mkdocsProcessor} = await import(process.argv[1])
      const events = (n) => {
        let total = 0
        const processor = mkdocsProcessor().freeze()
        processor.data().micromarkExtensions.push({insideSpan: {null: [{resolveAll(list) { total += list.length; return list }}]}})
        processor.parse('*'.repeat(n) + 'a' + '*'.repeat(n))
        return total
      }
      console.log(JSON.stringify([events(250), events(1000)]))`
    const result = await sh(process.execPath, ['--input-type=module', '-e', count, path.join(inside, '@samizdat/mkdocs-markdown/dist/index.js')], install)
    expect(result.stderr).toBe('')
    const [small, large] = JSON.parse(result.stdout) as [number, number]
    expect(small).toBeGreaterThan(0)
    expect(large / small).toBeLessThan(6)
  })

  it('runs as `npx samizdat` at the repository root, after `npm ci && npx turbo build`', async () => {
    const result = await sh('npx', ['--no-install', 'samizdat', '--help'], repo)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage:\n {2}samizdat build/)
  })
})
