import {copyFile, link, mkdir, readFile, readdir, rm, stat, utimes, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {loadSite, type OutputUnit, type RenderSelection, type SiteBundle} from '@samizdat/model'
import {buildSearchIndex, renderHtml, siteNavigation, type RenderHtmlOptions} from '@samizdat/render-html'
import {bundleOf, renderToMemory, temporaryDir} from './helpers.js'

const content = fileURLToPath(new URL('../../../content', import.meta.url))
const extras: RenderHtmlOptions = {cardFiles: ['signal-og.png', 'pages/index-og.png'], leafletFiles: ['signal.pdf', 'pages/recommendations-messengers.pdf']}

const unitKey = (unit: OutputUnit) => `${unit.kind}:${unit.id}`
const sorted = (list: string[]) => [...list].sort()

async function filesOn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  return sorted(entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')))
}

describe('incremental rendering (only, units, buildSearchIndex)', () => {
  let bundle: SiteBundle
  let full: Awaited<ReturnType<typeof renderToMemory>> & {units: OutputUnit[]}

  beforeAll(async () => {
    bundle = await loadSite(content)
    const out = await temporaryDir('full')
    const result = await renderHtml(bundle, out, extras)
    const contents = new Map<string, Buffer>()
    for (const file of result.files) contents.set(file, await readFile(path.join(out, file)))
    full = {out, files: result.files, contents, onDisk: (await filesOn(out)).length, units: result.units}
  })

  it('a full render has a unit per page and recommendation, and its units cover every file exactly once', async () => {
    const pages = full.units.filter((u) => u.kind === 'page')
    const recommendations = full.units.filter((u) => u.kind === 'recommendation')
    expect(pages.map((u) => u.id)).toEqual(bundle.pages.map((p) => p.source))
    expect(recommendations.map((u) => u.id)).toEqual(bundle.recommendations.map((r) => r.slug))
    expect(full.units.find((u) => u.id === 'recommendations/messengers.md')?.files).toEqual(['recommendations/messengers/index.html'])
    expect(full.units.find((u) => u.id === 'signal')?.files).toEqual(['recommendations/messengers/signal/index.html'])
    const keys = full.units.map(unitKey)
    expect(new Set(keys).size, 'unit keys are unique').toBe(keys.length)
    const owned = full.units.flatMap((u) => u.files)
    expect(new Set(owned).size, 'no file in two units').toBe(owned.length)
    expect(sorted(owned)).toEqual(full.files)
    expect(await filesOn(full.out)).toEqual(full.files)
    // The site-wide files: what no single page or recommendation owns.
    const site = full.units.filter((u) => u.kind === 'site')
    expect(site.map((u) => u.id).sort()).toEqual(['404', 'assets', 'favicon', 'fonts', 'headers', 'scripts', 'search-index', 'sitemap', 'styles'])
    expect(site.find((u) => u.id === 'search-index')?.files).toContain('pagefind/pagefind.js')
  })

  it('with only = one page and one recommendation, writes those units and the site units, byte for byte as the full render', async () => {
    const only: RenderSelection = {pages: new Set(['index.md']), recommendations: new Set(['signal'])}
    const out = await temporaryDir('only')
    const result = await renderHtml(bundle, out, {...extras, only})
    // The search index waits for the rest of the site (see the next test).
    const expected = full.units.filter((u) => (u.kind === 'site' && u.id !== 'search-index') || (u.kind === 'page' && u.id === 'index.md') || (u.kind === 'recommendation' && u.id === 'signal'))
    expect(result.units).toEqual(expected)
    expect(result.files).toEqual(sorted(expected.flatMap((u) => u.files)))
    expect(await filesOn(out)).toEqual(result.files)
    expect(result.files).not.toContain('recommendations/messengers/index.html')
    expect(result.files).not.toContain('recommendations/messengers/session/index.html')
    for (const file of result.files) expect((await readFile(path.join(out, file))).equals(full.contents.get(file)!), file).toBe(true)
  })

  it('builds the same search index over a folder whose other pages were kept from the previous build', async () => {
    const only: RenderSelection = {pages: new Set(['recommendations/messengers.md']), recommendations: new Set()}
    const out = await temporaryDir('kept')
    const result = await renderHtml(bundle, out, {...extras, only})
    expect(result.files.some((f) => f.startsWith('pagefind/'))).toBe(false)
    // What the driver does: hard-link every unit it did not render from the previous output.
    const rendered = new Set(result.units.map(unitKey))
    for (const unit of full.units.filter((u) => !rendered.has(unitKey(u)) && u.id !== 'search-index')) {
      for (const file of unit.files) {
        await mkdir(path.dirname(path.join(out, file)), {recursive: true})
        await link(path.join(full.out, file), path.join(out, file))
      }
    }
    const index = await buildSearchIndex(out)
    expect(index).toEqual(full.units.find((u) => u.id === 'search-index')?.files)
    expect(await filesOn(out)).toEqual(full.files)
    for (const file of index) expect((await readFile(path.join(out, file))).equals(full.contents.get(file)!), file).toBe(true)
  })

  it('reuses the last index when Pagefind would get the same pages, telling kept pages by their file identity', async () => {
    const first = await temporaryDir('index-a')
    const pages = full.files.filter((f) => !f.startsWith('pagefind/'))
    // The driver's way: the site's pages are hard links to the last build's files.
    const linked = async (dir: string, from: string, put = link) => {
      for (const file of pages) {
        await mkdir(path.dirname(path.join(dir, file)), {recursive: true})
        await put(path.join(from, file), path.join(dir, file))
      }
    }
    // Copies, so that the edits below stay in this test's folders.
    await linked(first, full.out, copyFile)
    // A whole-millisecond mtime, which utimes can set again exactly (below).
    const fixed = new Date(Date.now() - 60_000)
    await utimes(path.join(first, 'index.html'), fixed, fixed)
    const record = path.join(await temporaryDir('index-record'), 'search-index.json')
    const written = await buildSearchIndex(first, {reuse: {from: full.out, record}})
    expect(written).toEqual(full.units.find((u) => u.id === 'search-index')?.files)

    // The same pages again: the very files of the first index, linked (same inodes).
    const second = await temporaryDir('index-b')
    await linked(second, first)
    expect(await buildSearchIndex(second, {reuse: {from: first, record}})).toEqual(written)
    for (const file of written) expect((await stat(path.join(second, file))).ino, file).toBe((await stat(path.join(first, file))).ino)

    // A kept page is trusted by its identity (inode, size, mtime), not read: bytes changed
    // behind the build's back with all three kept are not seen, as make and git would not.
    const home = path.join(second, 'index.html')
    const html = await readFile(home, 'utf8')
    await writeFile(home, html.replace('Мы пишем просто', 'Мы пишем ПРОСТО'))
    await utimes(home, fixed, fixed)
    const third = await temporaryDir('index-c')
    await linked(third, second)
    await buildSearchIndex(third, {reuse: {from: second, record}})
    expect((await stat(path.join(third, written[0]!))).ino).toBe((await stat(path.join(second, written[0]!))).ino)

    // A page written anew (another file) is read: its text changed, so Pagefind runs again.
    const fourth = await temporaryDir('index-d')
    await linked(fourth, third)
    await rm(path.join(fourth, 'index.html'))
    await writeFile(path.join(fourth, 'index.html'), html.replace('Мы пишем просто', 'Мы пишем очень просто'))
    const rebuilt = await buildSearchIndex(fourth, {reuse: {from: third, record}})
    expect(rebuilt.filter((f) => f.startsWith('pagefind/fragment/'))).not.toEqual(written.filter((f) => f.startsWith('pagefind/fragment/')))
  })

  it('search: false writes no index and no search script; searchIndex: false keeps the search box', async () => {
    const none = await renderToMemory(bundle, {search: false})
    expect(none.files.filter((f) => f.startsWith('pagefind/') || f.endsWith('search.js'))).toEqual([])
    expect(String(none.contents.get('index.html'))).not.toContain('search.js')
    const deferred = await renderToMemory(bundle, {searchIndex: false})
    expect(deferred.files.filter((f) => f.startsWith('pagefind/'))).toEqual([])
    expect(String(deferred.contents.get('index.html'))).toContain('_samizdat/search.js')
    expect(deferred.files).toContain('_samizdat/search.js')
  })

  it('siteNavigation names every recommendation, which every page shows: renaming one changes other pages', async () => {
    const renamed = structuredClone(bundle)
    renamed.recommendations.find((r) => r.slug === 'signal')!.name = 'Сигнал'
    expect(JSON.stringify(siteNavigation(bundle))).toContain('"Signal"')
    expect(JSON.stringify(siteNavigation(renamed))).toContain('"Сигнал"')
    const only: RenderSelection = {pages: new Set(['index.md']), recommendations: new Set(['session'])}
    const out = await temporaryDir('renamed')
    await renderHtml(renamed, out, {...extras, only})
    // Neither index.md nor Session depends on Signal's own data, yet both list it.
    for (const file of ['index.html', 'recommendations/messengers/session/index.html']) {
      const html = await readFile(path.join(out, file), 'utf8')
      expect(html, file).toContain('>Сигнал</a>')
      expect(html, file).not.toEqual(String(full.contents.get(file)))
    }
  })

  it('a content folder without index.md gets its generated home page as a site unit', async () => {
    const small = await bundleOf({'a.md': '# A\n', 'b.md': '# B\n'})
    const out = await temporaryDir('home')
    const result = await renderHtml(small, out, {search: false, only: {pages: new Set(['a.md']), recommendations: new Set()}})
    expect(result.units.find((u) => u.files.includes('index.html'))).toEqual({kind: 'site', id: 'home', files: ['index.html']})
    expect(result.files).toContain('a/index.html')
    expect(result.files).not.toContain('b/index.html')
  })
})
