import {execFile} from 'node:child_process'
import {cp, mkdtemp, readFile, readdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {beforeAll, describe, expect, it} from 'vitest'
import {en, messageKeys, ru} from '@samizdat/messages'

const run = promisify(execFile)
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = path.join(repo, 'apps/cli/dist/bin.js')
const fixture = path.join(repo, 'tests/fixtures/mkdocs-migration')

/** Run the built `samizdat` command in `cwd`; never throws. */
async function samizdat(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  try {
    const {stdout, stderr} = await run(process.execPath, [bin, ...args], {cwd, env: {...process.env, SOURCE_DATE_EPOCH: '1700000000', ...env}, maxBuffer: 64 << 20})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string}
    return {code: e.code, stdout: e.stdout, stderr: e.stderr}
  }
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort()
}

// A message as a pattern: its placeholders match anything, the rest exactly.
const pattern = (template: string) => new RegExp(`^${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{[a-zA-Z]+\\\}/g, '(.*?)')}$`, 's')
const patterns = messageKeys.map((key) => ({key, en: pattern(en[key]), ru: pattern(ru[key])}))

/**
 * Whether two texts at the same place are the same message in English and in Russian: the
 * same values in its placeholders, or values that are themselves the same message (`Page not
 * found — Field notes` is the document title around the 404 page's title).
 */
function sameMessage(a: string, b: string, depth = 0): boolean {
  return patterns.some((p) => {
    const x = p.en.exec(a)
    const y = p.ru.exec(b)
    if (x === null || y === null) return false
    return x.slice(1).every((value, i) => value === y[i + 1] || (depth < 2 && sameMessage(value, y[i + 1]!, depth + 1)))
  })
}

const decode = (text: string) => text.replace(/&#x([\da-f]+);/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16))).replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<')

/**
 * Where two HTML pages differ other than by a message of the catalogue, the `lang` attribute
 * and the Open Graph locale: tags must match one for one, and every text or attribute value
 * that differs must be the same message in each language.
 */
function unexplained(a: string, b: string): string[] {
  const x = a.split(/(<[^>]*>)/)
  const y = b.split(/(<[^>]*>)/)
  if (x.length !== y.length) return [`different structure: ${x.length} and ${y.length} parts`]
  const problems: string[] = []
  x.forEach((part, index) => {
    const other = y[index]!
    if (part === other) return
    if (!part.startsWith('<')) {
      if (!sameMessage(decode(part), decode(other))) problems.push(`text: ${part} | ${other}`)
      return
    }
    const attributes = (tag: string) => [...tag.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, m[2] ?? ''] as const)
    const [p, q] = [attributes(part), attributes(other)]
    if (p.map(([name]) => name).join() !== q.map(([name]) => name).join()) return problems.push(`tag: ${part} | ${other}`)
    p.forEach(([name, value], i) => {
      const otherValue = q[i]![1]
      if (value === otherValue) return
      if (name === 'lang' && value === 'en' && otherValue === 'ru') return
      if (name === 'content' && value === 'en_US' && otherValue === 'ru_RU') return
      if (!sameMessage(decode(value), decode(otherValue))) problems.push(`${name}: ${value} | ${otherValue}`)
    })
  })
  return problems
}

describe('an MkDocs project, built by the samizdat command', () => {
  let dir: string

  beforeAll(async () => {
    // A copy outside the repository: the build writes into the project (site/, .cache/).
    dir = await mkdtemp(path.join(tmpdir(), 'samizdat-mkdocs-'))
    await cp(fixture, path.join(dir, 'project'), {recursive: true})
    await cp(path.join(repo, 'tests/fixtures/outside-secret.md'), path.join(dir, 'outside-secret.md'))
  })

  it('check reports the snippet that leaves the project as an error at its place, and reads nothing outside', async () => {
    const result = await samizdat(['check', 'project'], dir)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('project/docs/escape.md:5:9: error: snippet path leaves the project: ../outside-secret.md')
    expect(result.stderr + result.stdout).not.toContain('SECRET-MARKER')
    expect(result.stderr).not.toMatch(/\n\s+at /)
    // Config keys Samizdat does not use are notes, never warnings.
    expect(result.stderr).toMatch(/mkdocs\.yml:6:1: note: hooks are Python code/)
  })

  it('build, run in the project without arguments, writes the site to site_dir and uses the theme’s custom_dir', async () => {
    const project = path.join(dir, 'project')
    const result = await samizdat(['build'], project, {FIELD_NOTES_EXCLUDE: 'escape.md'})
    expect(result.stderr).not.toMatch(/(?:warning|error):/)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Built site/ (leaflets and cards also in .cache/samizdat/)')
    const site = await files(path.join(project, 'site'))
    expect(site).toEqual(expect.arrayContaining(['index.html', 'guides/setup/index.html', 'drafts/trail-log/index.html', 'assets/images/compass.svg', 'assets/extra.css', 'assets/extra.js', 'leaflets/compass.pdf', 'cards/compass-og.png']))
    // Theme templates are the theme's business, not files of the site; the excluded page is not built.
    expect(site.filter((f) => /^(?:main\.html|partials\/)|escape/.test(f))).toEqual([])
    const index = await readFile(path.join(project, 'site/index.html'), 'utf8')
    expect(index).toContain('<html lang="en"')
    expect(index).toMatch(/<link rel="stylesheet" href="assets\/extra\.css">.*<script src="assets\/extra\.js">/s)
    for (const id of ['overview', 'overview_1', 'cafe', 'café--ünïcode']) expect(index).toContain(`<h2 id="${id}">`)
    expect(index).toContain('<a class="headerlink" href="#overview_1" title="Permanent link" data-pagefind-ignore="all">¶</a>')
    // Both icon sets: the theme's .icons and pymdownx.emoji's custom_icons, inlined, never left as text.
    expect(index).not.toMatch(/:fieldnotes-compass:|:trail-marker:/)
    expect(index.match(/<svg/g)?.length).toBeGreaterThanOrEqual(2)
    // The snippet section, in place.
    const setup = await readFile(path.join(project, 'site/guides/setup/index.html'), 'utf8')
    expect(setup).toContain('Run it once with <code>--help</code> to see the options.')
    expect(setup).not.toContain('--8&#x3C;--')
    expect(await files(path.join(project, '.cache/samizdat'))).toEqual(expect.arrayContaining(['leaflets/compass.pdf', 'cards/compass-og.png']))
  })

  it('gives the same pages under language: en and language: ru, differing only in the catalogue’s strings', async () => {
    const env = {FIELD_NOTES_EXCLUDE: 'escape.md'}
    const english = await samizdat(['build', 'project', '--out', 'en'], dir, {...env, SITE_LANGUAGE: 'en'})
    const russian = await samizdat(['build', 'project', '--out', 'ru'], dir, {...env, SITE_LANGUAGE: 'ru'})
    expect([english.code, russian.code]).toEqual([0, 0])
    const pages = (await files(path.join(dir, 'en/site'))).filter((f) => !f.startsWith('pagefind/'))
    expect(pages).toEqual((await files(path.join(dir, 'ru/site'))).filter((f) => !f.startsWith('pagefind/')))
    const problems: string[] = []
    let messagesSeen = 0
    for (const file of pages) {
      const [a, b] = await Promise.all([readFile(path.join(dir, 'en/site', file)), readFile(path.join(dir, 'ru/site', file))])
      if (!file.endsWith('.html')) {
        // Stylesheets, scripts, pictures, the sitemap, the cards and leaflets served: compared below, or identical.
        if (!/\.(?:pdf|json)$/.test(file) && !a.equals(b)) problems.push(`${file} differs`)
        continue
      }
      const found = unexplained(a.toString('utf8'), b.toString('utf8'))
      problems.push(...found.map((p) => `${file}: ${p}`))
      if (!a.equals(b)) messagesSeen++
    }
    expect(problems).toEqual([])
    expect(messagesSeen).toBeGreaterThan(4)
    const enIndex = await readFile(path.join(dir, 'en/site/index.html'), 'utf8')
    const ruIndex = await readFile(path.join(dir, 'ru/site/index.html'), 'utf8')
    expect(enIndex).toContain('<p class="admonition-title">Note</p>')
    expect(ruIndex).toContain('<p class="admonition-title">Заметка</p>')
    expect(ruIndex).toContain('<html lang="ru"')
    expect(enIndex).not.toMatch(/\p{Script=Cyrillic}/u)
    // The cards draw no interface words: the pictures are the same; their texts are in each language.
    for (const card of (await files(path.join(dir, 'en/cards'))).filter((f) => f.endsWith('.png'))) {
      expect((await readFile(path.join(dir, 'en/cards', card))).equals(await readFile(path.join(dir, 'ru/cards', card))), card).toBe(true)
    }
    const enCard = JSON.parse(await readFile(path.join(dir, 'en/cards/compass-og.json'), 'utf8')) as {alt: string; caption: string}
    const ruCard = JSON.parse(await readFile(path.join(dir, 'ru/cards/compass-og.json'), 'utf8')) as {alt: string; caption: string}
    expect(enCard.alt).toMatch(/^Share card of a recommendation from “Field notes”: the Compass logo on a white tile/)
    expect(enCard.caption).toContain('Platforms: Android and Linux.')
    expect(`${enCard.alt}${enCard.caption}`).not.toMatch(/\p{Script=Cyrillic}/u)
    expect(ruCard.alt).toMatch(/^Карточка рекомендации с сайта «Field notes»: логотип Compass на белой плитке/)
    expect(ruCard.caption).toContain('Платформы: Android и Linux.')
    // Leaflets: their own words in the site's language (pdf.js reads the text back).
    const [enLeaflet, ruLeaflet] = await Promise.all([pdfText(path.join(dir, 'en/leaflets/compass.pdf')), pdfText(path.join(dir, 'ru/leaflets/compass.pdf'))])
    expect(enLeaflet).toContain('Scan with your phone camera:')
    expect(enLeaflet).toContain('In our guide')
    expect(enLeaflet).not.toMatch(/\p{Script=Cyrillic}/u)
    expect(ruLeaflet).toContain('Откройте камерой телефона:')
    expect(ruLeaflet).toContain('В нашем гиде')
  })
})

async function pdfText(file: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await pdfjs.getDocument({data: new Uint8Array(await readFile(file)), useSystemFonts: false, isEvalSupported: false}).promise
  let text = ''
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent()
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '')
  }
  await document.destroy()
  return text
}
