import {mkdtemp, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import type {SiteBundle} from '@samizdat/model'
import {renderHtml, siteNavigation} from '@samizdat/render-html'
import {pruneAbove} from '../src/layout/nav.js'
import {writeQueue} from '../src/write-queue.js'
import {bundleOf, renderToMemory, temporaryDir} from './helpers.js'

/** The site navigation of a page. */
function navOf(html: string): string {
  const match = /<nav class="site-nav"[^>]*>[\s\S]*?<\/nav>/.exec(html)
  if (!match) throw new Error('no site navigation in the page')
  return match[0]
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0

describe('a big site prunes its navigation (as Material for MkDocs does with navigation.prune)', () => {
  const folders = ['alpha', 'beta', 'gamma']
  const perFolder = 40
  let bundle: SiteBundle
  let full: Awaited<ReturnType<typeof renderToMemory>>

  beforeAll(async () => {
    const pages: Record<string, string> = {'index.md': '# Главная\n'}
    for (const folder of folders) {
      for (let n = 1; n <= perFolder; n++) pages[`${folder}/p${String(n).padStart(2, '0')}.md`] = `# ${folder} ${n}\n\nТекст.\n`
    }
    bundle = await bundleOf(pages)
    full = await renderToMemory(bundle, {search: false})
  })

  it('has more entries than the threshold', () => {
    const entries = (items: ReturnType<typeof siteNavigation>): number =>
      items.reduce((sum, item) => sum + 1 + entries(item.children ?? []), 0)
    expect(entries(siteNavigation(bundle))).toBeGreaterThan(pruneAbove)
  })

  it('shows a page the top level, closed sections leading to their first page, and its own section open', () => {
    const nav = navOf(String(full.contents.get('beta/p05/index.html')))
    expect(nav).toContain('<a href="../../alpha/p01/" class="site-nav__section site-nav__closed">Alpha</a>')
    expect(nav).toContain('<a href="../../gamma/p01/" class="site-nav__section site-nav__closed">Gamma</a>')
    expect(nav).toContain('<span class="site-nav__section">Beta</span>')
    expect(nav).toContain('<a href="./" aria-current="page">beta 5</a>')
    expect(nav).toContain('<a href="../p40/">beta 40</a>')
    expect(nav).not.toContain('alpha/p02/')
    // The home page, two closed sections, and the 40 pages of the open one.
    expect(count(nav, /<a /g)).toBe(1 + 2 + perFolder)
  })

  it('shows the home page only the top level', () => {
    const nav = navOf(String(full.contents.get('index.html')))
    expect(count(nav, /<a /g)).toBe(1 + folders.length)
    expect(count(nav, /site-nav__closed/g)).toBe(folders.length)
    expect(nav).toContain('<a href="./" aria-current="page">Главная</a>')
  })

  it('renders a page alone (incremental) to the same bytes as in the full build', async () => {
    const out = await temporaryDir('pruned-only')
    const result = await renderHtml(bundle, out, {search: false, only: {pages: new Set(['beta/p05.md']), recommendations: new Set()}})
    expect(result.units.filter((u) => u.kind === 'page').map((u) => u.id)).toEqual(['beta/p05.md'])
    for (const file of result.files) {
      expect((await readFile(path.join(out, file))).equals(full.contents.get(file)!), file).toBe(true)
    }
  })
})

describe('navigation entries from the config', () => {
  it('link other sites with rel=noopener, and never make a link of another scheme', async () => {
    const bundle = await bundleOf({
      'samizdat.yml': 'site_name: Тест\nnav:\n  - Главная: index.md\n  - Вовне: https://example.org/\n  - Злое: "javascript:alert(1)"\n',
      'docs/index.md': '# Главная\n'
    })
    const {contents} = await renderToMemory(bundle, {search: false})
    const nav = navOf(String(contents.get('index.html')))
    expect(nav).toContain('<a href="https://example.org/" rel="noopener noreferrer">Вовне</a>')
    expect(nav).toContain('<span>Злое</span>')
    expect(nav).not.toContain('javascript:')
  })

  it('escapes titles from front matter, although the navigation is not sanitized', async () => {
    const bundle = await bundleOf({'index.md': '---\ntitle: "<img src=x onerror=alert(1)>"\n---\n\nТекст.\n'})
    const {contents} = await renderToMemory(bundle, {search: false})
    const nav = navOf(String(contents.get('index.html')))
    expect(nav).toContain('&#x3C;img src=x onerror=alert(1)>')
    expect(nav).not.toContain('<img')
  })
})

describe('writeQueue', () => {
  it('reports a failed write, after every other write has ended', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'samizdat-html-queue-'))
    const queue = writeQueue(dir, 2)
    await queue.add('a', 'file')
    // `a` is a file, so `a/b` cannot be written.
    await queue.add('a/b', 'x').catch(() => {})
    await queue.add('c', 'c').catch(() => {})
    await expect(queue.done()).rejects.toThrow()
  })
})
