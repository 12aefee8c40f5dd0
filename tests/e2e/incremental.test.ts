import {execFile} from 'node:child_process'
import {createHash} from 'node:crypto'
import {cp, mkdtemp, readFile, readdir, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {gunzipSync} from 'node:zlib'
import {beforeAll, describe, expect, it} from 'vitest'

const run = promisify(execFile)
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = path.join(repo, 'apps/cli/dist/bin.js')

/** Every output file (the cache aside) with its bytes' hash and its inode. */
async function snapshot(out: string): Promise<Map<string, {sha: string; inode: number}>> {
  const files = new Map<string, {sha: string; inode: number}>()
  for (const e of await readdir(out, {recursive: true, withFileTypes: true})) {
    const file = path.join(e.parentPath, e.name)
    const relative = path.relative(out, file).split(path.sep).join('/')
    if (!e.isFile() || relative.startsWith('.samizdat-cache/')) continue
    files.set(relative, {sha: createHash('sha256').update(await readFile(file)).digest('hex'), inode: (await stat(file)).ino})
  }
  return files
}

async function build(content: string, out: string) {
  const {stdout} = await run(process.execPath, [bin, 'build', content, '--out', out], {env: {...process.env, SOURCE_DATE_EPOCH: '1700000000'}})
  return stdout
}

describe('incremental build after a one-page edit', () => {
  let before: Map<string, {sha: string; inode: number}>
  let after: Map<string, {sha: string; inode: number}>
  let second: string
  let fresh: Map<string, {sha: string; inode: number}>
  let out: string

  beforeAll(async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'samizdat-incremental-'))
    await cp(path.join(repo, 'content'), content, {recursive: true, filter: (src) => !src.includes(`${path.sep}dist`)})
    out = path.join(content, 'out')
    await build(content, out)
    before = await snapshot(out)
    const home = path.join(content, 'docs/index.md')
    await writeFile(home, (await readFile(home, 'utf8')).replace('Мы пишем просто', 'Мы пишем очень просто'))
    second = await build(content, out)
    after = await snapshot(out)
    // The same edit built from scratch: what an incremental build must equal.
    const clean = path.join(content, 'clean')
    await build(content, clean)
    fresh = await snapshot(clean)
  })

  it('parses only the edited page', () => {
    expect(second).toMatch(/parsed 1 page, 1 unchanged from the cache/)
  })

  it('changes only the edited page’s outputs and the search index', () => {
    const changed = [...after.keys()].filter((f) => after.get(f)!.sha !== before.get(f)?.sha)
    expect(changed).toContain('site/index.html')
    expect(changed).toContain('leaflets/pages/index.pdf')
    for (const file of changed) expect(file).toMatch(/^(site\/index\.html|leaflets\/pages\/index\.pdf|site\/leaflets\/pages\/index\.pdf|site\/pagefind\/.*)$/)
    // No file appears or disappears, the search index aside (its chunk names follow its content).
    const outsideSearch = (files: Map<string, unknown>) => [...files.keys()].filter((f) => !f.startsWith('site/pagefind/')).sort()
    expect(outsideSearch(after)).toEqual(outsideSearch(before))
  })

  it('does not write again any file whose bytes did not change (same inode)', () => {
    const unchanged = [...after.keys()].filter((f) => after.get(f)!.sha === before.get(f)?.sha)
    // Every other page, recommendation, card and leaflet, and the site-wide files.
    expect(unchanged.filter((f) => /signal|session|briar|recommendations/.test(f)).length).toBeGreaterThan(20)
    for (const file of unchanged) expect(after.get(file)!.inode, file).toBe(before.get(file)!.inode)
  })

  it('rebuilds the search index with the edit, equal byte for byte to a clean build’s', async () => {
    const index = (files: Map<string, {sha: string}>) => new Map([...files].filter(([f]) => f.startsWith('site/pagefind/')).map(([f, v]) => [f, v.sha]))
    expect(index(after).size).toBeGreaterThan(5)
    // Indexed again, not kept: the home page's fragment is new and holds the edited sentence.
    expect(index(after)).not.toEqual(index(before))
    const fragments = [...index(after).keys()].filter((f) => f.startsWith('site/pagefind/fragment/') && !before.has(f))
    const texts = await Promise.all(fragments.map(async (f) => gunzipSync(await readFile(path.join(out, f))).toString('utf8')))
    expect(texts.some((text) => text.includes('"url":"/"') && text.includes('Мы пишем очень просто'))).toBe(true)
    expect(index(after)).toEqual(index(fresh))
  })

  it('gives the same bytes as a clean build of the edited content', () => {
    expect(new Map([...after].map(([f, v]) => [f, v.sha]))).toEqual(new Map([...fresh].map(([f, v]) => [f, v.sha])))
  })
})
