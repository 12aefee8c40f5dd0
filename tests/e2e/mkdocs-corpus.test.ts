import {execFile} from 'node:child_process'
import {mkdtemp, readFile, readdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {beforeAll, describe, expect, it} from 'vitest'
import {loadSite, type SiteBundle} from '@samizdat/model'
import {renderCards} from '@samizdat/render-cards'
import {renderPdf} from '@samizdat/render-pdf'
import {corpus} from '../support/corpora.js'

const run = promisify(execFile)
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const root = corpus('mkdocs-material-docs')
const cyrillic = /\p{Script=Cyrillic}/u

describe('Material for MkDocs’ documentation, built by samizdat', () => {
  let out: string
  let bundle: SiteBundle
  let log: string

  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'samizdat-corpus-'))
    // The corpus is read-only: the outputs go elsewhere.
    const built = await run(process.execPath, [path.join(repo, 'apps/cli/dist/bin.js'), 'build', root, '--only', 'html', '--out', out], {maxBuffer: 64 << 20})
    log = built.stdout + built.stderr
    bundle = await loadSite(root, {env: {}})
  })

  it('is a site in English: <html lang="en">, the interface in English, not a Russian word anywhere', async () => {
    const pages = (await readdir(path.join(out, 'site'), {recursive: true})).filter((f) => f.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(96)
    for (const page of pages) {
      const html = await readFile(path.join(out, 'site', page), 'utf8')
      expect(html, page).toContain('<html lang="en"')
      expect(cyrillic.test(html), page).toBe(false)
    }
    const home = await readFile(path.join(out, 'site/setup/index.html'), 'utf8')
    expect(home).toContain('data-search-placeholder="Search this site"')
    expect(home).toContain('<p class="site-toc__title">Table of contents</p>')
  })

  it('shows no dialect syntax as text: the shared raw-syntax tool counts 0 markers', async () => {
    const tool = path.resolve(root, '../../tools/raw-syntax.py')
    const {stdout} = await run('python3', [tool, path.join(out, 'site')], {maxBuffer: 16 << 20})
    expect(stdout.trim().split('\n').at(-1)).toBe('raw syntax: 0 markers in 96 pages')
  })

  it('warns only of what is wrong in the corpus: anchors its hooks would make, and scripts and inputs the site drops', () => {
    const warnings = log.split('\n').filter((line) => line.includes(': warning: '))
    expect(warnings.length).toBeGreaterThan(0)
    const other = warnings.filter((line) => !/: warning: (link to an anchor that does not exist|raw HTML on this page that the site drops)/.test(line))
    expect(other).toEqual([])
  })

  it('has English cards and leaflets', async () => {
    const only = {pages: new Set(['index.md', 'reference/admonitions.md', 'setup/setting-up-a-blog.md']), recommendations: new Set<string>()}
    const cards = await renderCards(bundle, path.join(out, 'cards'), {only})
    const pdf = await renderPdf(bundle, path.join(out, 'leaflets'), {only})
    expect(cards.files.filter((f) => f.endsWith('.png'))).toHaveLength(3)
    for (const file of cards.files.filter((f) => f.endsWith('.json'))) {
      const meta = JSON.parse(await readFile(path.join(out, 'cards', file), 'utf8')) as {alt: string; caption: string}
      expect(meta.alt).toMatch(/^Share card of a page from “Material for MkDocs”: /)
      expect(cyrillic.test(meta.alt + meta.caption), file).toBe(false)
    }
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    for (const file of pdf.files) {
      const document = await pdfjs.getDocument({data: new Uint8Array(await readFile(path.join(out, 'leaflets', file))), useSystemFonts: false, isEvalSupported: false}).promise
      let text = ''
      for (let n = 1; n <= document.numPages; n++) for (const item of (await (await document.getPage(n)).getTextContent()).items) if ('str' in item) text += `${item.str} `
      await document.destroy()
      expect(text, file).toContain('Online:')
      expect(cyrillic.test(text), file).toBe(false)
    }
    // The admonitions page's default titles are Material's English ones.
    const admonitions = await readFile(path.join(out, 'site/reference/admonitions/index.html'), 'utf8')
    expect(admonitions).toContain('<p class="admonition-title">Note</p>')
  })
})
