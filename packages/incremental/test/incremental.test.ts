import {mkdtemp, readFile, stat, unlink} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {renderIncrementally, unitHashes, type IncrementalRenderer} from '@samizdat/incremental'
import {loadSite, type OutputUnit, type RenderSelection, type SiteBundle} from '@samizdat/model'
import {writeFileIn} from '@samizdat/output'

const content = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../content')

describe('@samizdat/incremental', () => {
  it('exposes its public API', async () => {
    expect(Object.keys(await import('@samizdat/incremental')).sort()).toEqual(['inputsUnchanged', 'outputsUnchanged', 'readStamp', 'removeStamp', 'renderIncrementally', 'snapshotInputs', 'snapshotOutputs', 'unitHashes', 'writeStamp'])
  })

  it('hashes a unit by what it depends on, and nothing else', async () => {
    const bundle = await loadSite(content)
    const base = unitHashes(bundle, 'v1')
    const edited = structuredClone(bundle)
    edited.pages[0]!.description = 'Другое описание'
    const after = unitHashes(edited, 'v1')
    const differing = [...base.keys()].filter((k) => base.get(k) !== after.get(k))
    expect(differing).toEqual([`page:${bundle.pages[0]!.source}`])
    // Moving a card down its page (an edit above it) is not a change of the recommendation.
    const shifted = structuredClone(bundle)
    const signal = shifted.recommendations[0]!
    signal.position.start.line += 3
    signal.position.end.line += 3
    expect(unitHashes(shifted, 'v1').get(`recommendation:${signal.slug}`)).toBe(base.get(`recommendation:${signal.slug}`))

    // The front matter's icon counts by its drawing, not only its name.
    const redrawn = structuredClone(bundle)
    const icon = bundle.pages[0]!.icon!
    redrawn.icons[icon] = {...redrawn.icons[icon]!, paths: ['M0 0h24v24H0z']}
    expect(unitHashes(redrawn, 'v1').get(`page:${bundle.pages[0]!.source}`)).not.toBe(base.get(`page:${bundle.pages[0]!.source}`))
    // New renderer code or options change every unit.
    expect([...unitHashes(bundle, 'v2').values()].some((h) => [...base.values()].includes(h))).toBe(false)
  })

  it('renders only changed units, keeps the rest as the same files, and survives a failure', async () => {
    const bundle = await loadSite(content)
    const base = await mkdtemp(path.join(tmpdir(), 'samizdat-incremental-'))
    const dest = path.join(base, 'out')
    const cache = path.join(base, 'cache')
    const calls: Array<RenderSelection | undefined> = []
    const renderer = (b: SiteBundle, fail = false): IncrementalRenderer => ({
      name: 'test',
      inputs: {code: 1},
      async render(dir, only) {
        calls.push(only)
        const units: OutputUnit[] = []
        for (const page of b.pages.filter((p) => only === undefined || only.pages.has(p.source))) {
          units.push({kind: 'page', id: page.source, files: [await rel(dir, writeFileIn(dir, `pages/${page.key}.txt`, page.description))]})
        }
        for (const r of b.recommendations.filter((r) => only === undefined || only.recommendations.has(r.slug))) {
          units.push({kind: 'recommendation', id: r.slug, files: [await rel(dir, writeFileIn(dir, `recs/${r.slug}.txt`, r.summaryText))]})
        }
        units.push({kind: 'site', id: 'index', files: [await rel(dir, writeFileIn(dir, 'all.txt', b.pages.map((p) => p.title).join('\n')))]})
        if (fail) throw new Error('renderer failed')
        return {files: units.flatMap((u) => u.files).sort(), units}
      }
    })

    const first = await renderIncrementally(bundle, dest, renderer(bundle), cache)
    expect(calls.at(-1)).toBeUndefined()
    expect(first.kept).toEqual([])
    const inode = async (f: string) => (await stat(path.join(dest, f))).ino
    const signalInode = await inode('recs/signal.txt')

    // Nothing changed: the renderer is not even called, and every unit is kept.
    const second = await renderIncrementally(bundle, dest, renderer(bundle), cache)
    expect(calls).toHaveLength(1)
    expect(second.rendered).toEqual([])
    expect(second.kept.sort()).toEqual([...unitHashes(bundle, '').keys()].sort())
    expect(second.files).toEqual(first.files)
    expect(await inode('recs/signal.txt')).toBe(signalInode)

    const edited = structuredClone(bundle)
    edited.pages[0]!.description = 'Новое описание'
    const third = await renderIncrementally(edited, dest, renderer(edited), cache)
    expect(calls.at(-1)).toEqual({pages: new Set([bundle.pages[0]!.source]), recommendations: new Set()})
    expect(third.rendered).toEqual([`page:${bundle.pages[0]!.source}`])
    expect(await readFile(path.join(dest, `pages/${bundle.pages[0]!.key}.txt`), 'utf8')).toBe('Новое описание')
    expect(await inode('recs/signal.txt')).toBe(signalInode)

    const again = structuredClone(edited)
    again.pages[0]!.description = 'Не попадёт в вывод'
    await expect(renderIncrementally(again, dest, renderer(again, true), cache)).rejects.toThrow('renderer failed')
    expect(await readFile(path.join(dest, `pages/${bundle.pages[0]!.key}.txt`), 'utf8')).toBe('Новое описание')
    // The failed build did not touch the manifest either: the next good build still knows what it has.
    const made = calls.length
    await renderIncrementally(edited, dest, renderer(edited), cache)
    expect(calls).toHaveLength(made)

    // A site-wide input changed (another output's files, say): the site-wide files are written
    // again, but no unit is rendered.
    const moved = {...renderer(edited), siteInputs: {served: 2}}
    await renderIncrementally(edited, dest, moved, cache)
    expect(calls.at(-1)).toEqual({pages: new Set(), recommendations: new Set()})

    // A unit's file gone from the output: that unit alone is rendered again.
    await unlink(path.join(dest, 'recs/signal.txt'))
    await renderIncrementally(edited, dest, moved, cache)
    expect(calls.at(-1)).toEqual({pages: new Set(), recommendations: new Set(['signal'])})
  })

  it('does not call a renderer that shows nothing that changed (reads), and does when it does', async () => {
    const bundle = await loadSite(content)
    const base = await mkdtemp(path.join(tmpdir(), 'samizdat-reads-'))
    const [dest, cache] = [path.join(base, 'out'), path.join(base, 'cache')]
    const calls: Array<RenderSelection | undefined> = []
    // Like the cards: one file per page showing its title only, no site-wide file.
    const titles = (b: SiteBundle): IncrementalRenderer => ({
      name: 'titles',
      inputs: {code: 1},
      reads: {site: (x) => x.site, page: (page) => page.title},
      async render(dir, only) {
        calls.push(only)
        const units: OutputUnit[] = []
        for (const page of b.pages.filter((p) => only === undefined || only.pages.has(p.source))) {
          units.push({kind: 'page', id: page.source, files: [await rel(dir, writeFileIn(dir, `${page.key}.txt`, page.title))]})
        }
        return {files: units.flatMap((u) => u.files).sort(), units}
      }
    })
    await renderIncrementally(bundle, dest, titles(bundle), cache)
    expect(calls).toHaveLength(1)
    const page = bundle.pages[0]!
    const before = (await stat(path.join(dest, `${page.key}.txt`))).ino

    // The page's text changed (so the bundle did), not its title: no call, every file kept.
    const prose = structuredClone(bundle)
    prose.pages[0]!.tree.children.push({type: 'paragraph', children: [{type: 'text', value: 'Ещё абзац.'}]})
    prose.pages[0]!.description = 'Другое описание'
    const kept = await renderIncrementally(prose, dest, titles(prose), cache)
    expect(calls).toHaveLength(1)
    expect(kept.rendered).toEqual([])
    expect((await stat(path.join(dest, `${page.key}.txt`))).ino).toBe(before)

    // Its title changed: that page alone.
    const retitled = structuredClone(prose)
    retitled.pages[0]!.title = 'Новый заголовок'
    await renderIncrementally(retitled, dest, titles(retitled), cache)
    expect(calls.at(-1)).toEqual({pages: new Set([page.source]), recommendations: new Set()})
    expect(await readFile(path.join(dest, `${page.key}.txt`), 'utf8')).toBe('Новый заголовок')

    // A page gone: called, so that its file goes too.
    const fewer = structuredClone(retitled)
    fewer.pages = fewer.pages.slice(1)
    const result = await renderIncrementally(fewer, dest, titles(fewer), cache)
    expect(calls).toHaveLength(3)
    expect(result.files).not.toContain(`${page.key}.txt`)
  })
})

async function rel(dir: string, written: Promise<string>): Promise<string> {
  return path.relative(dir, await written).split(path.sep).join('/')
}
