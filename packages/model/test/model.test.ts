import {readdirSync} from 'node:fs'
import {mkdtemp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {formatDiagnostic, loadSite, type NavItem, type SiteBundle} from '@samizdat/model'
import {expectFixture} from '../../../tests/support/fixture.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixtures = path.join(here, 'fixtures')
const content = path.resolve(here, '../../../content')

/** A readable digest of a bundle: what a fixture pins down. */
function digest(bundle: SiteBundle): string {
  const nav = (items: NavItem[], indent = ''): string[] =>
    items.flatMap((i) => [`${indent}- ${i.title}${i.url ? ` → ${i.url}` : ''}`, ...nav(i.children ?? [], `${indent}  `)])
  return [
    `site: ${bundle.site.name} <${bundle.site.url}> [${bundle.site.language}]`,
    'pages:',
    ...bundle.pages.map((p) => `  ${p.source} → ${p.url} (${p.key}) "${p.title}" — ${p.description}`),
    'nav:',
    ...nav(bundle.nav, '  '),
    'recommendations:',
    ...bundle.recommendations.map((r) =>
      [
        `  ${r.slug} "${r.name}" → ${r.url} (#${r.anchor}) color ${r.color ?? 'none'}`,
        `    logo: ${r.logo.light ?? 'monogram'} / ${r.logo.dark ?? 'monogram'} "${r.logo.alt}" width ${r.logo.width ?? '-'}`,
        `    platforms: ${r.platforms.map((p) => `${p.id}=${p.label}${p.icon ? `(${p.icon})` : ''}`).join(', ')}`,
        `    summary: ${r.summaryText.replace(/\s+/g, ' ')}`,
        `    homepage: ${r.homepage ?? 'none'}`,
        ...r.links.map((l) => `    link: ${l.label} → ${l.href} [${l.kind}, ${l.style}${l.primary ? ', primary' : ''}${l.exists ? '' : ', missing'}]${l.icon ? ` (${l.icon})` : ''}`),
        ...r.downloads.map((d) => `    download: ${d.label} → ${d.href} [${d.platform ?? 'no platform'}]`),
        `    details: ${r.details.length} blocks`
      ].join('\n')
    ),
    `icons: ${Object.keys(bundle.icons).join(', ')}`,
    `assets: ${Object.values(bundle.assets).map((a) => `${a.path} ${a.mime}`).join(', ')}`,
    'diagnostics:',
    ...bundle.diagnostics.map((d) => `  ${formatDiagnostic(d)}`),
    ''
  ].join('\n')
}

describe('@samizdat/model', () => {
  it('exposes its public API', async () => {
    const api = Object.keys(await import('@samizdat/model')).sort()
    expect(api).toEqual(
      ['bundleVersion', 'cardSizes', 'compareDiagnostics', 'defaultSlugify', 'diagnostic', 'diagnosticRules', 'formatDiagnostic', 'handoutFile', 'hasFailures', 'isCompleteRecommendation', 'isRecommendation', 'isRecommendationNode', 'leafletFile', 'linkKinds', 'loadConfig', 'loadSite', 'pageCardFile', 'readBundle', 'recommendationCardFile', 'recommendationKinds', 'slugifier', 'slugifyFromConfig', 'unicodeSlugify', 'uniqueId', 'writeBundle'].sort()
    )
  })

  for (const name of readdirSync(fixtures).sort()) {
    it(`fixture: ${name}`, async () => {
      const bundle = await loadSite(path.join(fixtures, name))
      expectFixture(path.join(fixtures, name, 'expected.txt'), digest(bundle))
    })
  }

  it('loads the guide: three recommendations with everything the cards need', async () => {
    const bundle = await loadSite(content)
    expectFixture(path.join(here, 'content.expected.txt'), digest(bundle))
    const [signal, session, briar] = bundle.recommendations
    expect(bundle.recommendations.map((r) => r.slug)).toEqual(['signal', 'session', 'briar'])
    expect(signal!.platforms.map((p) => p.label)).toEqual(['Android', 'iOS', 'Windows', 'Linux', 'macOS'])
    expect(signal!.platforms.find((p) => p.id === 'windows')!.icon).toBeNull()
    expect(signal!.links.map((l) => [l.kind, l.exists])).toEqual([['homepage', true], ['instructions', false]])
    expect(signal!.links[0]!.href).toBe('https://signal.org/ru')
    expect(signal!.details).toHaveLength(6)
    expect(signal!.detailsText).toMatch(/^Signal является неким золотым стандартом/)
    expect(signal!.summaryText).toMatch(/^С помощью Signal можно отправлять сообщения/)
    expect(session!.logo.light).toBe('assets/icons/recomendations/messengers/session-black.svg')
    expect(session!.logo.dark).toBe('assets/icons/recomendations/messengers/session-white.svg')
    expect(session!.links).toEqual([expect.objectContaining({label: 'Официальный сайт', href: 'https://getsession.org', primary: true})])
    expect(briar!.logo.light).toBeNull()
    expect(briar!.platforms.map((p) => p.id)).toEqual(['android'])
    // The honest warnings and nothing else: the files the guide references but nobody has written or licensed.
    expect(bundle.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual([
      '38:150 link-missing-page', // ../как-использовать/telegram.md
      '46:51 icon-unknown', // :simple-windows: (simple-icons dropped Microsoft's marks)
      '50:80 link-missing-page', // Signal's "Наша инструкция" button
      '62:28 link-missing-page', // the same instruction, linked from the details
      '70:51 icon-unknown', // :simple-windows: on Session's card
      '81:5 asset-missing' // Briar's logo: no free-licence file exists
    ])
  })

  it('reads raw HTML once: addresses resolved, the table of contents labelled by data-toc-label', async () => {
    const bundle = await loadSite(path.join(fixtures, 'raw-html'))
    const index = bundle.pages.find((page) => page.source === 'index.md')!
    expect(index.headings.map((heading) => [heading.text, heading.id])).toEqual([
      ['Raw HTML', 'raw-html'],
      ['A shorter label', 'short'],
      // Raw HTML in a heading counts for its text, not its tags.
      ['Version 1.2', 'version-12']
    ])
    const targets = Object.assign({}, ...bundle.pages.flatMap((page) => {
      const found: Array<Record<string, unknown>> = []
      const walk = (node: {type: string; data?: {targets?: Record<string, unknown>}; children?: unknown[]}) => {
        if (node.type === 'html' && node.data?.targets) found.push(node.data.targets)
        for (const child of node.children ?? []) walk(child as typeof node)
      }
      walk(page.tree as never)
      return found
    })) as Record<string, {kind: string; href: string}>
    expect(targets['img/logo.svg']).toEqual({kind: 'asset', href: '/img/logo.svg', asset: 'img/logo.svg'})
    expect(targets['guide/']).toEqual({kind: 'page', href: '/guide/', page: 'guide/index.md'})
    expect(targets['../../img/logo.svg']).toMatchObject({kind: 'asset', asset: 'img/logo.svg'})
    expect(targets['beside.svg']).toMatchObject({kind: 'asset', asset: 'guide/beside.svg'})
    expect(targets['https://video.example/embed/1']).toEqual({kind: 'external', href: 'https://video.example/embed/1'})
    expect(targets['nowhere.png']?.kind).toBe('missing')
  })

  it('reads unchanged pages back from its cache instead of parsing them, with the same result', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'samizdat-parse-cache-'))
    const first = {parsed: 0, cached: 0}
    // onParse says, before parsing, how many pages are to be parsed; not at all when none is.
    const announced: number[] = []
    const cold = await loadSite(content, {cacheDir, stats: first, onParse: (pages) => announced.push(pages)})
    expect(first).toEqual({parsed: 2, cached: 0, workers: 0})
    expect(announced).toEqual([2])
    const second = {parsed: 0, cached: 0}
    const warm = await loadSite(content, {cacheDir, stats: second, onParse: (pages) => announced.push(pages)})
    expect(second).toEqual({parsed: 0, cached: 2, workers: 0})
    expect(announced).toEqual([2])
    expect(JSON.stringify(warm)).toBe(JSON.stringify(cold))
  })

  it('gives the same bundle for the same content', async () => {
    const [a, b] = [await loadSite(content), await loadSite(content)]
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
  })
})
