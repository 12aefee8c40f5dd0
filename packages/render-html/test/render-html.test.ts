import {existsSync} from 'node:fs'
import {readFile, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {loadSite} from '@samizdat/model'
import {relativeUrl} from '@samizdat/render-html'
import {articleOf, bundleOf, renderToMemory} from './helpers.js'

const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url))
const content = fileURLToPath(new URL('../../../content', import.meta.url))

describe('@samizdat/render-html', () => {
  it('exposes its public API', async () => {
    expect(Object.keys(await import('@samizdat/render-html')).sort()).toEqual([
      'buildSearchIndex',
      'closeSearchService',
      'handlers',
      'markdownToHast',
      'relativeUrl',
      'renderHtml',
      'schema',
      'siteNavigation'
    ])
  })

  it('makes links relative, so the site works under any base path', () => {
    expect(relativeUrl('/a/b/', '/')).toBe('../../')
    expect(relativeUrl('/a/b/', '/a/c/#x')).toBe('../c/#x')
    expect(relativeUrl('/a/b/', '/a/b/#x')).toBe('#x')
    expect(relativeUrl('/a/b/', '/a/b/')).toBe('./')
    expect(relativeUrl('/', '/assets/x.svg')).toBe('assets/x.svg')
    expect(relativeUrl('/a/b/c/', '/a/b/')).toBe('../')
    // A first segment with a colon would read as a URL scheme (`javascript:`), so it starts with `./`.
    expect(relativeUrl('/', '/javascript:alert(1)/')).toBe('./javascript:alert(1)/')
    expect(relativeUrl('/a/', '/a/b:c/')).toBe('./b:c/')
  })

  describe('fixtures: input.md beside output.html (UPDATE=1 rewrites)', async () => {
    for (const name of (await readdir(fixtures)).sort()) {
      it(name, async () => {
        const dir = path.join(fixtures, name)
        const bundle = await bundleOf({}, dir)
        const {contents} = await renderToMemory(bundle, {search: false})
        const page = contents.get('input/index.html')
        expect(page, 'the page input.md is written to input/index.html').toBeDefined()
        const actual = articleOf(String(page))
        const expected = path.join(dir, 'output.html')
        if (process.env['UPDATE'] || !existsSync(expected)) await writeFile(expected, actual)
        expect(actual).toBe(await readFile(expected, 'utf8'))
      })
    }
  })

  it('writes the guide: pages, recommendation pages, 404, sitemap, assets, search index', async () => {
    const bundle = await loadSite(content)
    const {files, onDisk, contents} = await renderToMemory(bundle)
    expect(files).toEqual([...files].sort())
    expect(onDisk).toBe(files.length)
    for (const file of [
      'index.html',
      'recommendations/messengers/index.html',
      'recommendations/messengers/signal/index.html',
      'recommendations/messengers/session/index.html',
      'recommendations/messengers/briar/index.html',
      '404.html',
      'sitemap.xml',
      '_samizdat/style.css',
      '_samizdat/site.js',
      '_samizdat/search.js',
      'pagefind/pagefind.js'
    ]) {
      expect(files).toContain(file)
    }
    const sitemap = String(contents.get('sitemap.xml'))
    expect(sitemap).toContain('<loc>https://samizdat.example/recommendations/messengers/signal/</loc>')
    expect(sitemap.match(/<loc>/g)).toHaveLength(5)
    // Every page says who it is to link previews.
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = String(contents.get(file))
      expect(html, file).toMatch(/^<!doctype html><html lang="ru"/)
      expect(html, file).toContain('<meta property="og:title"')
      expect(html, file).toContain('<meta name="twitter:card"')
    }
  })

  it('links share cards and leaflets only when they are part of the site', async () => {
    const bundle = await loadSite(content)
    const without = await renderToMemory(bundle, {search: false})
    const plain = String(without.contents.get('recommendations/messengers/signal/index.html'))
    expect(plain).not.toContain('og:image')
    expect(plain).not.toContain('leaflets/')
    const withExtras = await renderToMemory(bundle, {
      search: false,
      cardFiles: ['signal-og.png'],
      leafletFiles: ['signal.pdf', 'pages/recommendations-messengers.pdf']
    })
    expect(String(withExtras.contents.get('recommendations/messengers/index.html'))).toContain('href="../../leaflets/pages/recommendations-messengers.pdf"')
    expect(String(withExtras.contents.get('index.html'))).not.toContain('leaflets/')
    const page = String(withExtras.contents.get('recommendations/messengers/signal/index.html'))
    expect(page).toContain('<meta property="og:image" content="https://samizdat.example/cards/signal-og.png">')
    expect(page).toContain('<meta name="twitter:image" content="https://samizdat.example/cards/signal-og.png">')
    expect(page).toContain('href="../../../leaflets/signal.pdf"')
    expect(page).toContain('src="../../../cards/signal-og.png"')
    // Session has neither in this build: no dead link.
    expect(String(withExtras.contents.get('recommendations/messengers/session/index.html'))).not.toContain('og:image')
  })

  it('renders a node type it does not know as its text, with no markup of its own', async () => {
    const bundle = await bundleOf({'index.md': '# Title\n'})
    const page = bundle.pages[0]!
    page.tree.children.push(
      {type: 'mysteryParent', children: [{type: 'text', value: 'kept words'}]} as never,
      {type: 'mysteryLiteral', value: '<b onclick="x()">literal</b>'} as never,
      {type: 'mysteryVoid', data: {hName: 'script'}} as never
    )
    const {contents} = await renderToMemory(bundle, {search: false})
    const article = articleOf(String(contents.get('index.html')))
    expect(article).toContain('kept words')
    expect(article).toContain('&#x3C;b onclick="x()">literal&#x3C;/b>')
    expect(article).not.toContain('<script')
  })

  it('is byte-reproducible, search index included', async () => {
    const bundle = await loadSite(content)
    const first = await renderToMemory(bundle)
    const second = await renderToMemory(bundle)
    expect(second.files).toEqual(first.files)
    for (const file of first.files) expect(second.contents.get(file)?.equals(first.contents.get(file)!), file).toBe(true)
  })
})
