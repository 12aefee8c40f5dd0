import {execFile} from 'node:child_process'
import {createHash} from 'node:crypto'
import {cp, mkdtemp, readFile, readdir, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {beforeAll, describe, expect, it} from 'vitest'

const run = promisify(execFile)
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = path.join(repo, 'apps/cli/dist/bin.js')
const hook = pathToFileURL(path.join(repo, 'tests/support/record-imports.mjs')).href
const register = `data:text/javascript,import {register} from 'node:module'; register(${JSON.stringify(hook)});`

type Snapshot = Map<string, {sha: string; inode: number}>

/** Every output file (the cache aside) with its bytes' hash and its inode. */
async function snapshot(out: string): Promise<Snapshot> {
  const files: Snapshot = new Map()
  for (const e of await readdir(out, {recursive: true, withFileTypes: true})) {
    const file = path.join(e.parentPath, e.name)
    const relative = path.relative(out, file).split(path.sep).join('/')
    if (!e.isFile() || relative.startsWith('.samizdat-cache/')) continue
    files.set(relative, {sha: createHash('sha256').update(await readFile(file)).digest('hex'), inode: (await stat(file)).ino})
  }
  return files
}

/** `samizdat build` in a fresh process; returns its output and every module URL it resolved. */
async function build(content: string, out: string, date = '1700000000'): Promise<{stdout: string; modules: string[]}> {
  const log = path.join(await mkdtemp(path.join(tmpdir(), 'samizdat-imports-')), 'imports.txt')
  await writeFile(log, '')
  const {stdout} = await run(process.execPath, ['--import', register, bin, 'build', content, '--out', out], {
    env: {...process.env, SOURCE_DATE_EPOCH: date, RECORD_IMPORTS_TO: log}
  })
  return {stdout, modules: (await readFile(log, 'utf8')).trim().split('\n')}
}

const renderers = /\/node_modules\/(satori|@resvg\/resvg-js|pdfkit|pagefind)\//
const sha = (files: Snapshot) => new Map([...files].map(([f, v]) => [f, v.sha]))

describe('a build with nothing changed', () => {
  let content: string
  let out: string
  let first: {stdout: string; modules: string[]}
  let second: {stdout: string; modules: string[]}
  let before: Snapshot
  let after: Snapshot

  beforeAll(async () => {
    content = await mkdtemp(path.join(tmpdir(), 'samizdat-unchanged-'))
    await cp(path.join(repo, 'content'), content, {recursive: true, filter: (src) => !src.includes(`${path.sep}dist`)})
    out = path.join(content, 'out')
    first = await build(content, out)
    before = await snapshot(out)
    second = await build(content, out)
    after = await snapshot(out)
  })

  it('loads no renderer: not satori, resvg, pdfkit or Pagefind', () => {
    // The first build does load them (so the check below can fail). Satori is loaded only by the
    // card threads, which this hook does not see; that the first build drew cards shows they ran.
    expect(new Set(first.modules.flatMap((url) => renderers.exec(url)?.[1] ?? []))).toEqual(new Set(['@resvg/resvg-js', 'pdfkit', 'pagefind']))
    expect(first.stdout).toMatch(/cards: \d+ files, [1-9]\d* rendered/)
    expect(second.modules.filter((url) => renderers.test(url))).toEqual([])
    expect(second.stdout).toMatch(/cards: \d+ files, 0 rendered/)
    expect(second.stdout).toMatch(/site: \d+ files, 0 rendered/)
  })

  it('does not even load the parser or the model: the stamp of the last build says nothing changed', () => {
    expect(first.modules.some((url) => url.includes('/packages/model/dist/load-site.js'))).toBe(true)
    expect(second.modules.filter((url) => /\/packages\/(model|mkdocs-markdown|render-[a-z]+)\/|\/node_modules\/(yaml|micromark[^/]*)\//.test(url))).toEqual([])
    expect(second.stdout).toMatch(/nothing changed since the last build/)
    // What the last build said, said again: the same summary and file counts.
    expect(second.stdout.split('\n')[0]).toBe(first.stdout.split('\n')[0])
    const counts = (stdout: string) => [...stdout.matchAll(/(\w+): (\d+) files/g)].map((m) => `${m[1]} ${m[2]}`)
    expect(counts(second.stdout)).toEqual(counts(first.stdout))
  })

  it('leaves every output file as it was (same files, same inodes)', () => {
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    for (const [file, {inode}] of after) expect(inode, file).toBe(before.get(file)!.inode)
  })

  describe('then an output file deleted, or another SOURCE_DATE_EPOCH', () => {
    it('builds again: the file is back, and the leaflets carry the new date', async () => {
      await rm(path.join(out, 'site/index.html'))
      const restored = await build(content, out)
      expect(restored.stdout).not.toMatch(/nothing changed/)
      expect(sha(await snapshot(out))).toEqual(sha(after))
      const dated = await build(content, out, '1800000000')
      expect(dated.stdout).toMatch(/leaflets: \d+ files, [1-9]\d* rendered/)
      const leaflets = [...(await snapshot(out))].filter(([f]) => f.startsWith('leaflets/'))
      expect(leaflets.length).toBeGreaterThan(0)
      for (const [file, {sha}] of leaflets) expect(sha, file).not.toBe(after.get(file)!.sha)
      // And back: the next build is a real one again, then an unchanged one.
      expect((await build(content, out)).stdout).not.toMatch(/nothing changed/)
      expect((await build(content, out)).stdout).toMatch(/nothing changed/)
      after = await snapshot(out)
    })
  })

  describe('then a new logo (cards and leaflets change, no page text does)', () => {
    let third: Snapshot
    let modules: string[]
    let stdout: string
    let clean: Snapshot

    beforeAll(async () => {
      const logo = path.join(content, 'docs/assets/icons/recomendations/messengers/signal.svg')
      await writeFile(logo, (await readFile(logo, 'utf8')).replace(/fill="#[0-9a-fA-F]{3,6}"/, 'fill="#123456"'))
      const rebuilt = await build(content, out)
      modules = rebuilt.modules
      stdout = rebuilt.stdout
      third = await snapshot(out)
      const fresh = path.join(content, 'clean')
      await build(content, fresh)
      clean = await snapshot(fresh)
    })

    it('draws the changed cards anew and serves them from the site', () => {
      const changed = [...third.keys()].filter((f) => third.get(f)!.sha !== after.get(f)?.sha)
      expect(changed).toContain('cards/signal-og.png')
      expect(changed).toContain('site/cards/signal-og.png')
    })

    it('keeps the search index without running Pagefind (same files), equal to a clean build’s', () => {
      const index = [...third.keys()].filter((f) => f.startsWith('site/pagefind/'))
      expect(index.length).toBeGreaterThan(3)
      for (const file of index) expect(third.get(file)!.inode, file).toBe(after.get(file)!.inode)
      // Cards were drawn in this build (on their threads), and the site written, without Pagefind.
      expect(stdout).toMatch(/cards: \d+ files, [1-9]\d* rendered/)
      expect(modules.some((url) => url.includes('/packages/render-cards/'))).toBe(true)
      expect(modules.filter((url) => url.includes('/node_modules/pagefind/'))).toEqual([])
      expect(sha(third)).toEqual(sha(clean))
    })
  })
})
