import type {Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {defaultSlugify, slugifier, slugifyFromConfig, uniqueId} from '@samizdat/model'
import {headingIds} from '../src/heading-ids.js'

const pythonMarkdown = slugifier(defaultSlugify)
const tocUnicode = slugifier({kind: 'toc', unicode: true})
const lower = slugifier({kind: 'pymdownx', case: 'lower', percentEncode: false, normalize: 'NFC'})

describe('slugs as MkDocs makes them', () => {
  it("Python-Markdown's toc.slugify: ASCII only, accents folded, runs of separators joined", () => {
    expect(pythonMarkdown('Setting up a blog', '-')).toBe('setting-up-a-blog')
    expect(pythonMarkdown('žlutý kůň', '-')).toBe('zluty-kun')
    expect(pythonMarkdown('  A -- b  ', '-')).toBe('a-b')
    expect(pythonMarkdown('Hello, World! (v2.0)', '-')).toBe('hello-world-v20')
    expect(pythonMarkdown('snake_case stays', '-')).toBe('snake_case-stays')
    // A heading in Russian has no ASCII letters: its slug is empty (and unique() makes it `_1`).
    expect(pythonMarkdown('Шифрование сообщений', '-')).toBe('')
    expect(pythonMarkdown('a b', '_')).toBe('a_b')
    expect(tocUnicode('Шифрование сообщений', '-')).toBe('шифрование-сообщений')
  })

  it("pymdownx.slugs.slugify: Unicode kept, one separator per space, case by option", () => {
    // The example in pymdown-extensions' own tests.
    expect(lower('Testing unicode-slugs_headers ±♠Ωℑ', '-')).toBe('testing-unicode-slugs_headers-ωℑ')
    expect(lower('Café & ünïcode', '-')).toBe('café--ünïcode')
    expect(lower('<b>Bold</b> move', '-')).toBe('bold-move')
    const cased = slugifier({kind: 'pymdownx', case: 'none', percentEncode: false, normalize: 'NFC'})
    expect(cased('Привет Мир', '-')).toBe('Привет-Мир')
    const ascii = slugifier({kind: 'pymdownx', case: 'lower-ascii', percentEncode: false, normalize: 'NFC'})
    expect(ascii('Привет World', '-')).toBe('Привет-world')
    const encoded = slugifier({kind: 'pymdownx', case: 'lower', percentEncode: true, normalize: 'NFC'})
    expect(encoded('Привет мир', '-')).toBe('%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82-%D0%BC%D0%B8%D1%80')
    const folded = slugifier({kind: 'pymdownx', case: 'fold', percentEncode: false, normalize: 'NFC'})
    expect(folded('Straße', '-')).toBe('strasse')
    const stripped = slugifier({kind: 'pymdownx', case: 'lower', percentEncode: false, normalize: 'NFD'})
    expect(stripped('Ёжик', '-')).toBe('ежик')
  })

  it("numbers duplicates as Python-Markdown's unique() does", () => {
    const used = new Set<string>()
    expect(['a', 'a', 'a', '', ''].map((id) => uniqueId(id, used))).toEqual(['a', 'a_1', 'a_2', '_1', '_2'])
    // An id already ending in _N counts on from N.
    const taken = new Set(['x_1'])
    expect(uniqueId('x_1', taken)).toBe('x_2')
  })

  it('resolves the slugify a mkdocs.yml names, and refuses unknown ones', () => {
    const name = (n: string) => ({python: 'name', name: n, args: [], kwds: {}})
    expect(slugifyFromConfig(name('markdown.extensions.toc.slugify'))).toEqual({kind: 'toc', unicode: false})
    expect(slugifyFromConfig(name('markdown.extensions.toc.slugify_unicode'))).toEqual({kind: 'toc', unicode: true})
    expect(slugifyFromConfig(name('pymdownx.slugs.uslugify'))).toEqual({kind: 'pymdownx', case: 'lower', percentEncode: false, normalize: 'NFC'})
    expect(slugifyFromConfig(name('pymdownx.slugs.uslugify_cased_encoded'))).toEqual({kind: 'pymdownx', case: 'none', percentEncode: true, normalize: 'NFC'})
    expect(slugifyFromConfig(name('pymdownx.slugs.gfm'))).toEqual({kind: 'pymdownx', case: 'lower-ascii', percentEncode: false, normalize: 'NFC'})
    expect(slugifyFromConfig({python: 'object/apply', name: 'pymdownx.slugs.slugify', args: [], kwds: {case: 'lower', percent_encode: true}})).toEqual({
      kind: 'pymdownx',
      case: 'lower',
      percentEncode: true,
      normalize: 'NFC'
    })
    expect(slugifyFromConfig(name('my_project.slugs.custom'))).toBeNull()
    expect(slugifyFromConfig('pymdownx.slugs.uslugify')).toBeNull()
  })
})

describe('heading ids', () => {
  const heading = (depth: 1 | 2 | 3, ...children: Root['children']) => ({type: 'heading', depth, children}) as Root['children'][number]
  const text = (value: string) => ({type: 'text', value}) as never

  it('reads a heading as toc does: markup and tags stripped, images and icons silent, explicit ids reserved first', () => {
    const tree: Root = {
      type: 'root',
      children: [
        heading(2, text('Using '), {type: 'html', value: '<kbd>'} as never, text('Ctrl'), {type: 'html', value: '</kbd>'} as never),
        heading(2, {type: 'icon', name: 'material-home'} as never, text(' Home '), {type: 'image', url: 'x.png', alt: 'alt'} as never),
        heading(2, text('a < b')),
        heading(2, text('Later')),
        {type: 'paragraph', children: [text('x')], data: {attributes: {id: 'later'}}} as never,
        heading(3, {type: 'inlineCode', value: 'x & y'} as never)
      ]
    }
    const {toc, ids} = headingIds(tree, {slugify: pythonMarkdown, depth: [2, 2]})
    expect(toc.map((t) => [t.text, t.id])).toEqual([
      ['Using Ctrl', 'using-ctrl'],
      ['Home', 'home'],
      ['a < b', 'a-b'],
      ['Later', 'later_1']
    ])
    expect([...ids].sort()).toEqual(['a-b', 'home', 'later', 'later_1', 'using-ctrl', 'x-y'])
  })
})

