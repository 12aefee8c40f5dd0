import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Heading, Nodes, Root} from 'mdast'
import {visit} from 'unist-util-visit'
import {beforeAll, describe, expect, it} from 'vitest'
import {formatDiagnostic, loadSite, type SiteBundle} from '@samizdat/model'
import {corpus} from '../../../tests/support/corpora.js'

// The documentation of Material for MkDocs: a real mkdocs.yml and 96 real pages.
const root = corpus('mkdocs-material-docs')
let bundle: SiteBundle

beforeAll(async () => {
  bundle = await loadSite(root, {env: {}})
}, 120_000)

// The rules as Python-Markdown documents them, written here again and apart from the model, so
// the model is checked against the rules rather than against itself. The corpus configures no
// slugify for `toc`, so MkDocs uses Python-Markdown's default.

/** `markdown.extensions.toc.slugify(value, '-')`. */
function pythonMarkdownSlug(value: string): string {
  const ascii = value.normalize('NFKD').replace(/[^\x00-\x7f]/g, '')
  return ascii.replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[-\s]+/g, '-')
}

/** `pymdownx.slugs.slugify(case='lower')(value, '-')`: how the corpus's tabs are slugged. */
function pymdownxLowerSlug(value: string): string {
  return value.normalize('NFC').replace(/<\/?[^>]*>/g, '').trim().toLowerCase().replace(/[^\p{L}\p{N}_\- ]/gu, '').replaceAll(' ', '-')
}

/** `markdown.extensions.toc.unique`: `_1`, `_2`, ... for taken and empty ids. */
function unique(id: string, used: Set<string>): string {
  while (id === '' || used.has(id)) {
    const m = /^(.*)_([0-9]+)$/.exec(id)
    id = m ? `${m[1]}_${Number(m[2]) + 1}` : `${id}_1`
  }
  used.add(id)
  return id
}

/**
 * The text `toc` slugifies, from the heading's Markdown source: inline markup rendered away
 * (code keeps its text, links their text, pictures and icons nothing), tags and comments
 * stripped, entities decoded, white space collapsed.
 */
function headingSourceText(markdown: string): string {
  return markdown
    .replace(/^\s{0,3}#{1,6}(?:\s+|$)/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/\s*\{[^{}]*\}\s*$/, '')
    .replace(/(`+)\s?(?:#!\w+ )?([\s\S]*?)\s?\1/g, (_m, _t, code: string) => code.replaceAll('<', '&lt;'))
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])/g, '$1')
    .replace(/:[a-z0-9+_-]+:/g, '')
    .replace(/\*\*|\*|==|\^\^|~~/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ')
}

function pageText(source: string): string {
  return readFileSync(path.join(root, 'docs', ...source.split('/')), 'utf8')
}

describe('Material for MkDocs’ own documentation', () => {
  it('gives every heading the id MkDocs gives it', () => {
    let compared = 0
    const mismatches: string[] = []
    for (const page of bundle.pages) {
      const text = pageText(page.source)
      // Explicit ids anywhere on the page are taken first, as toc takes them.
      const used = new Set<string>()
      visit(page.tree as Root, (node: Nodes) => {
        const id = node.data?.attributes?.id
        if (id !== undefined) used.add(id)
      })
      // Ids the dialect still refuses (`{ id="9.7.0" }`, reported as attribute-list warnings) are compared once it accepts them.
      const refused = new Set(bundle.diagnostics.filter((d) => d.file === `docs/${page.source}` && d.rule === 'attribute-list' && d.message.startsWith('dropped id')).map((d) => d.line))
      const lines = text.split('\n')
      visit(page.tree as Root, 'heading', (heading: Heading) => {
        const start = heading.position!.start
        const explicit = heading.data?.attributes?.id
        if (refused.has(start.line) || pending(heading)) {
          // Not compared yet; later duplicates are numbered after the id it has.
          used.add(heading.data?.id ?? '')
          return
        }
        // By line and column: an escaped `;--8<--` line above makes the parsed text one character shorter.
        const expected = explicit ?? unique(pythonMarkdownSlug(headingSourceText(lines[start.line - 1]!.slice(start.column - 1))), used)
        compared++
        if (heading.data?.id !== expected) mismatches.push(`docs/${page.source}:${start.line}: ${heading.data?.id} ≠ ${expected}`)
      })
    }
    expect(mismatches).toEqual([])
    expect(compared).toBeGreaterThan(700)
  })

  it('resolves every link to an anchor, except anchors made by code MkDocs runs and Samizdat does not', () => {
    const pages = new Map(bundle.pages.map((p) => [p.source, p]))
    const unexplained: string[] = []
    const why = new Map<string, number>()
    for (const d of bundle.diagnostics.filter((x) => x.rule === 'link-missing-anchor')) {
      const [, target = '', id = ''] = /\((\S+) has no heading with id "(.*)"\)$/.exec(d.message) ?? []
      const page = pages.get(target)
      const text = page === undefined ? '' : pageText(target)
      let reason: string | null = null
      // The project's hooks (material/overrides/hooks/shortcodes.py) turn `<!-- md:setting X -->` into `{ #X }`, `md:option X` into `{ #+X }`.
      if (new RegExp(`<!-- md:(?:setting ${escape(id)}|option ${escape(id.replace(/^\+/, ''))}) -->`).test(text)) reason = 'hook'
      // Content tabs with combine_header_slug: the id of the heading above, `-`, the tab's label slugged (pymdownx.tabbed).
      else if (page !== undefined && tabIds(page.tree as Root, text).has(id)) reason = 'tab'
      // An id written in braces that the dialect does not apply yet (`{ id="9.7.0" }`, a code fence's `{ .sh #example }`).
      else if (new RegExp(`\\{[^}]*(?:#|id=")${escape(id)}"?[^}]*\\}`).test(text)) reason = 'refused id'
      // Written wrong in the corpus itself (the headings were renamed): MkDocs does not find these either.
      else if (brokenInCorpus.includes(`${target}#${id}`)) reason = 'broken in the corpus'
      if (reason === null) unexplained.push(formatDiagnostic(d))
      else why.set(reason, (why.get(reason) ?? 0) + 1)
    }
    expect(unexplained).toEqual([])
    expect(why.get('hook')).toBeGreaterThan(30)
  })

  it('reports nothing false: no missing files, icons, pages or config problems', () => {
    // Attribute lists and raw HTML are the dialect's to judge (it drops `style`, `<script>` and
    // form controls on purpose, and says so); anchors are checked above.
    const wrong = bundle.diagnostics.filter((d) => d.severity !== 'note' && !['attribute-list', 'raw-html', 'link-missing-anchor'].includes(d.rule))
    expect(wrong.map((d) => formatDiagnostic(d))).toEqual([])
    // What the config holds that Samizdat does not use is said as notes, never as warnings.
    expect(bundle.diagnostics.filter((d) => d.file === 'mkdocs.yml').every((d) => d.severity === 'note')).toBe(true)
  })

  it('appends includes/mkdocs.md to every page, so its link references work where they are used', () => {
    const page = bundle.pages.find((p) => p.source === 'setup/setting-up-a-blog.md')!
    const hrefs: string[] = []
    visit(page.tree as Root, 'definition', (node) => {
      if (node.data?.resolved !== undefined) hrefs.push(node.data.resolved.href)
    })
    expect(hrefs).toContain('https://www.mkdocs.org/user-guide/configuration/#nav')
    expect(bundle.site).toMatchObject({name: 'Material for MkDocs', language: 'en', url: 'https://squidfunk.github.io/mkdocs-material/'})
    expect(bundle.site.tabbed).toEqual({slugify: {kind: 'pymdownx', case: 'lower', percentEncode: false, normalize: 'NFC'}, combineHeaderSlug: true, separator: '-'})
    expect(bundle.site.permalink).toBe('¶')
  })
})

// Syntax other parts of the dialect do not read yet, left as text in a heading (an emoji
// shortcode, a `{ data-search-exclude }` attribute list): compared once they are read.
function pending(heading: Heading): boolean {
  let raw = false
  visit(heading, 'text', (node) => {
    if (/:[a-z0-9_+-]+:|\{[^{}]*\}\s*$/.test(node.value)) raw = true
  })
  return raw
}

// Tab ids a page's content tabs get with the corpus's settings, computed from its source.
function tabIds(tree: Root, text: string): Set<string> {
  const ids = new Set<string>()
  const headings: Array<{line: number; id: string}> = []
  visit(tree, 'heading', (h: Heading) => {
    headings.push({line: h.position!.start.line, id: h.data?.id ?? ''})
  })
  text.split('\n').forEach((line, index) => {
    const label = /^\s*===!? "(.*)"\s*$/.exec(line)?.[1]
    if (label === undefined) return
    const above = headings.filter((h) => h.line <= index + 1).at(-1)
    const slug = pymdownxLowerSlug(headingSourceText(label))
    ids.add(above === undefined ? slug : `${above.id}-${slug}`)
  })
  return ids
}

const brokenInCorpus = [
  'setup/setting-up-tags.md#advanced-settings',
  'setup/setting-up-a-blog.md#advanced-settings',
  'setup/ensuring-data-privacy.md#advanced-settings',
  'reference/grids.md#using-grids'
]

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
