import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {visit} from 'unist-util-visit'
import {formatDiagnostic, loadSite} from '@samizdat/model'
import {project} from './helpers/project.js'

const fixture = fileURLToPath(new URL('../../../tests/fixtures/mkdocs-migration/', import.meta.url))


describe('the migration fixture (tests/fixtures/mkdocs-migration)', () => {
  it('reads mkdocs.yml as MkDocs does: !ENV set and unset, INHERIT, custom_dir, both icon sets, snippets, not_in_nav', async () => {
    const unset = await loadSite(fixture, {env: {}})
    expect(unset.site).toMatchObject({name: 'Field notes', url: 'https://notes.example.org/', language: 'en', description: expect.stringContaining('Notes from the field'), permalink: '¶'})
    const set = await loadSite(fixture, {env: {FIELD_NOTES_URL: 'https://field.example/notes', FIELD_NOTES_HOME: 'Start here', SITE_LANGUAGE: 'ru'}})
    expect(set.site).toMatchObject({url: 'https://field.example/notes/', language: 'ru'})
    expect(set.nav[0]).toEqual({title: 'Start here', page: 'index.md', url: '/'})
    expect(unset.nav.map((item) => item.title)).toEqual(['Home', 'Guides'])
    expect(unset.nav[1]?.children?.map((item) => item.url)).toEqual(['/guides/', '/guides/setup/', 'https://example.org/manual/'])
    // The theme's .icons and pymdownx.emoji's custom_icons; the custom_dir's files as assets at the site root.
    expect(Object.keys(unset.icons)).toEqual(['fieldnotes-compass', 'trail-marker'])
    expect(Object.keys(unset.assets)).toEqual(['assets/extra.css', 'assets/extra.js', 'assets/images/compass.svg'])
    expect(unset.site.extraCss).toEqual(['assets/extra.css'])
    expect(unset.site.extraJavascript).toEqual([{asset: 'assets/extra.js', module: false, async: false, defer: false}])
    expect(unset.pages.find((p) => p.source === 'index.md')?.headings.map((h) => h.id)).toEqual(['field-notes', 'overview', 'overview_1', 'cafe', 'café--ünïcode'])
    // The snippet section is in place; the drafts page is built, and not_in_nav keeps the nav note away.
    expect(JSON.stringify(unset.pages.find((p) => p.source === 'guides/setup.md')?.tree)).toContain('Run it once with ')
    expect(unset.pages.map((p) => p.source)).toContain('drafts/trail-log.md')
    expect(unset.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'docs/escape.md:5:9: error: snippet path leaves the project: ../outside-secret.md; snippets are read only from inside mkdocs-migration/ [snippet]',
      'mkdocs.yml:5:1: note: "repo_url" is MkDocs configuration Samizdat does not use; it is ignored [config]',
      'mkdocs.yml:6:1: note: hooks are Python code run by MkDocs; Samizdat does not run them, so what they add to pages (shortcodes, generated text) is not there [config]'
    ])
    expect(JSON.stringify(unset)).not.toContain('SECRET-MARKER')
    const published = await loadSite(fixture, {env: {FIELD_NOTES_EXCLUDE: 'escape.md'}})
    expect(published.diagnostics.filter((d) => d.severity !== 'note')).toEqual([])
  })
})

describe('mkdocs.yml settings', () => {
  it('use_directory_urls: false gives .html pages, and recommendation pages beside them', async () => {
    const dir = await project({
      'mkdocs.yml': 'site_name: Flat\nsite_url: https://flat.example/\nuse_directory_urls: false\n',
      'docs/index.md': '# Home\n\n[Tools](tools/index.md) and [one](tools/one.md#one).\n',
      'docs/tools/index.md': '# Tools\n',
      'docs/tools/one.md': '# One\n\n### Signal\n\n!!! recommendation ""\n    Summary.\n'
    })
    const bundle = await loadSite(dir, {env: {}})
    expect(bundle.pages.map((p) => [p.source, p.url, p.key])).toEqual([
      ['index.md', '/', 'index'],
      ['tools/index.md', '/tools/index.html', 'tools'],
      ['tools/one.md', '/tools/one.html', 'tools-one']
    ])
    expect(bundle.recommendations.map((r) => r.url)).toEqual(['/tools/one/signal.html'])
    expect(bundle.diagnostics.filter((d) => d.severity !== 'note')).toEqual([])
  })

  it('says what it cannot use, where it is written: remote extra_css, an unknown slugify, bad messages, another emoji index', async () => {
    const dir = await project({
      'mkdocs.yml': [
        'site_name: Notes',
        'site_url: https://notes.example/',
        'extra_css:',
        '  - https://cdn.example.com/x.css',
        '  - missing.css',
        'extra:',
        '  samizdat:',
        '    messages:',
        '      toc: On this page',
        '      tocc: typo',
        '      readMore: "More"',
        'markdown_extensions:',
        '  - toc:',
        '      slugify: !!python/name:my_site.slugs.custom',
        '  - pymdownx.emoji:',
        '      emoji_index: !!python/name:pymdownx.emoji.gemoji',
        '  - pymdownx.magiclink'
      ].join('\n'),
      'docs/index.md': '# Notes\n'
    })
    const bundle = await loadSite(dir, {env: {}})
    expect(bundle.diagnostics.map((d) => `${formatDiagnostic(d).replace(/ \[config\]$/, '')}`)).toEqual([
      'mkdocs.yml:4:5: warning: extra_css https://cdn.example.com/x.css is dropped: the site makes no request to another origin; save the file in the project and list that',
      'mkdocs.yml:5:5: warning: extra_css file not found: missing.css (looked in the docs folder); add the file or remove the entry',
      'mkdocs.yml:10:7: warning: unknown message key "tocc"; the keys are listed in packages/messages/src/catalogue.ts',
      'mkdocs.yml:11:7: warning: message "readMore" must use the placeholders {name}, as the catalogue\'s does',
      "mkdocs.yml:14:7: warning: toc slugify my_site.slugs.custom is not one Samizdat knows (Python-Markdown's toc.slugify and slugify_unicode, pymdownx.slugs); ids use Python-Markdown's default, so links to them may differ",
      "mkdocs.yml:16:7: note: emoji_index pymdownx.emoji.gemoji: Samizdat draws emoji as Twemoji and icons as inline SVG (Material's twemoji and to_svg)",
      'mkdocs.yml:17:5: note: markdown extension pymdownx.magiclink is not one Samizdat reads; what it adds to pages stays as written'
    ])
    expect(bundle.site.messages).toEqual({toc: 'On this page'})
    expect(bundle.site.extraCss).toEqual([])
  })

  it('leaves out exclude_docs pages and MkDocs\' own exclusions, and notes pages missing from the nav', async () => {
    const dir = await project({
      'mkdocs.yml': 'site_name: N\nsite_url: https://n.example/\nexclude_docs: |\n  *.draft.md\nnav:\n  - index.md\n',
      'docs/index.md': '# N\n',
      'docs/templates/page.md': '# A template\n',
      'docs/idea.draft.md': '# Idea\n',
      'docs/stray.md': '# Stray\n'
    })
    const bundle = await loadSite(dir, {env: {}})
    expect(bundle.pages.map((p) => p.source)).toEqual(['index.md', 'stray.md'])
    expect(bundle.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'mkdocs.yml:5:1: note: 1 page is not in the nav (stray.md); they are built and linked, but only search finds them unless they are added to nav (or listed under not_in_nav) [nav]'
    ])
  })

  it('gives content tabs the ids pymdownx.tabbed gives them, and links to them resolve', async () => {
    const tabbed = '      slugify: !!python/object/apply:pymdownx.slugs.slugify\n        kwds:\n          case: lower\n'
    const dir = await project({
      'mkdocs.yml': `site_name: T\nsite_url: https://t.example/\nmarkdown_extensions:\n  - pymdownx.tabbed:\n      combine_header_slug: true\n${tabbed}`,
      'docs/index.md': '# T\n\n## Logo\n\n=== "Image"\n\n    A picture.\n\n=== "Icon, bundled"\n\n    An icon.\n\nSee [the icon](#logo-icon-bundled).\n'
    })
    const bundle = await loadSite(dir, {env: {}})
    const ids: string[] = []
    visit(bundle.pages[0]!.tree, 'tab', (tab) => {
      ids.push(String(tab.data?.id))
    })
    expect(ids).toEqual(['logo-image', 'logo-icon-bundled'])
    expect(bundle.diagnostics.filter((d) => d.severity !== 'note')).toEqual([])
  })
})
