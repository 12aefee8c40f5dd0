// A guide of the real shape, for timing the print output: an MkDocs project of about 60 pages,
// about 140 recommendation cards in every shape real guides write (the seed's indented form
// under a product heading, several bold-named cards under one section, Markdown in HTML with
// icon links and a downloads list, the indented form with `??? downloads`), logos as SVG, PNG,
// light/dark pairs or none, details after each card (some too long for a leaflet's back), and
// long instruction pages of nested lists, tables and code. About 1 MB of Markdown. Seeded:
// the same arguments give the same bytes.
import {mkdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {deflateSync} from 'node:zlib'
import {prng} from './prng.mjs'
import {paragraph as plainParagraph, phrase, sentence as plainSentence, topics} from './russian-text.mjs'

/** Every this many pages, one is a long instruction page without cards; the others hold the cards. */
export const instructionEvery = 4

const pad = (n, width) => String(n).padStart(width, '0')
const syllables = ['ко', 'тел', 'ми', 'ва', 'ра', 'но', 'зу', 'бе', 'ло', 'ся', 'дор', 'фен', 'гал', 'ке', 'ри', 'юн', 'кип', 'лё', 'мор', 'ник', 'ща', 'жу', 'ёр', 'цы']
const latin = ['Ko', 'Tel', 'Mi', 'Va', 'Ra', 'No', 'Zu', 'Be', 'Lo', 'Sia', 'Dor', 'Fen', 'Gal', 'Hex', 'Ira', 'Jun', 'Kip', 'Ly', 'Mor', 'Nix']
const endings = ['ra', 'ta', 'mo', 'lix', 'ven', 'net', 'sa', 'dor', 'pa', 'ki', 'lum', 'rax', 'to', 'ne', 'ris', 'gen', 'vo', 'ca', 'tic', 'sh']
const kinds = ['Messenger', 'Mail', 'Browser', 'VPN', 'Vault', 'Notes', 'Drive', 'Calendar', '', '', '', '']

// Downloads in the order and with the icons real cards use; a card takes the first n.
const stores = [
  ['simple-googleplay', 'Google Play', (s) => `https://play.google.com/store/apps/details?id=org.example.${s}`],
  ['simple-fdroid', 'F-Droid', (s) => `https://f-droid.org/packages/org.example.${s}`],
  ['simple-appstore', 'App Store', (s, k) => `https://apps.apple.com/app/id${100000000 + k}`],
  ['simple-github', 'GitHub', (s) => `https://github.com/example/${s}/releases`],
  ['fontawesome-brands-windows', 'Windows', (s) => `https://${s}.example.org/download/windows`],
  ['simple-apple', 'macOS', (s) => `https://${s}.example.org/download/macos`],
  ['simple-linux', 'Linux', (s) => `https://${s}.example.org/download/linux`],
  ['simple-flathub', 'Flathub', (s) => `https://flathub.org/apps/org.example.${s}`],
  ['simple-snapcraft', 'Snap', (s) => `https://snapcraft.io/${s}`],
  ['simple-firefoxbrowser', 'Firefox', (s) => `https://addons.mozilla.org/firefox/addon/${s}`],
  ['simple-googlechrome', 'Chrome', (s) => `https://chromewebstore.google.com/detail/${s}/abcdefghijklmnopabcdefghijklmnop`],
  ['fontawesome-brands-edge', 'Edge', (s) => `https://microsoftedge.microsoft.com/addons/detail/${s}/abcdefghijklmnopabcdefghijklmnop`]
]
const iconLinks = [
  ['octicons-eye-16', 'Политика конфиденциальности', (s) => `https://${s}.example.org/privacy`],
  ['octicons-info-16', 'Документация', (s) => `https://docs.${s}.example.org`],
  ['octicons-code-16', 'Исходный код', (s) => `https://git.example.org/${s}/app`],
  ['octicons-heart-16', 'Поддержать', (s) => `https://${s}.example.org/donate`]
]
const platformLine = [
  [':simple-android:', 'Android'],
  [':simple-apple:', 'iOS'],
  [':fontawesome-brands-windows:', 'Windows'],
  [':simple-linux:', 'Linux'],
  [':simple-apple:', 'macOS']
]

/** The name of card `k` (0-based), unique for the first 400 and numbered after. */
export function productName(k) {
  const base = `${latin[k % latin.length]}${endings[Math.floor(k / latin.length) % endings.length]}`
  const round = Math.floor(k / (latin.length * endings.length))
  const kind = kinds[(k * 7) % kinds.length]
  return `${base}${kind === '' ? '' : ` ${kind}`}${round === 0 ? '' : ` ${round + 1}`}`
}

const slugOf = (name) => name.toLowerCase().replace(/\s+/g, '-')

// A word from a large space (24³), as a real guide's vocabulary is large: shaping and width
// caches must not look better here than on real text, where most words are met only a few times.
const rareWord = (random) => Array.from({length: 2 + random.int(2)}, () => random.pick(syllables)).join('')

function sentence(random) {
  const text = plainSentence(random)
  if (!random.chance(0.5)) return text
  return `${text.slice(0, -1)}, особенно в режиме «${rareWord(random)} ${rareWord(random)}»${text.slice(-1)}`
}

const paragraph = (random, count) => Array.from({length: count}, () => sentence(random)).join(' ')

/** Where page `n` (1-based) lives, relative to `docs/`. */
export function guidePageSource(n) {
  return n === 1 ? 'index.md' : `${n % instructionEvery === 0 ? 'instructions' : 'recommendations'}/page-${pad(n, 3)}.md`
}

const isInstructions = (n) => n !== 1 && n % instructionEvery === 0

/**
 * Write an MkDocs project of `pages` pages holding `cards` recommendation cards into `dir`
 * (replaced). Every link, icon and logo resolves except the few a real guide gets wrong too
 * (none here: `loadSite` reports no errors). Returns the counts and the Markdown's size.
 */
export async function generateGuide(dir, {pages = 60, cards = 140, seed = 20261202} = {}) {
  await rm(dir, {recursive: true, force: true})
  for (const sub of ['docs/recommendations', 'docs/instructions', 'docs/assets/logos']) await mkdir(path.join(dir, sub), {recursive: true})
  await writeFile(path.join(dir, 'mkdocs.yml'), config(pages))
  const cardPages = Array.from({length: pages}, (_, i) => i + 1).filter((n) => n !== 1 && !isInstructions(n))
  const instructionPages = Array.from({length: pages}, (_, i) => i + 1).filter(isInstructions)
  // Cards spread evenly over the recommendation pages.
  const perPage = cardPages.map((_, i) => Math.floor(((i + 1) * cards) / cardPages.length) - Math.floor((i * cards) / cardPages.length))
  let next = 0
  let bytes = 0
  const write = async (source, text) => {
    await writeFile(path.join(dir, 'docs', source), text)
    bytes += Buffer.byteLength(text)
  }
  await write('index.md', indexPage(pages))
  for (const [i, n] of cardPages.entries()) {
    const random = prng(seed + n * 7919)
    const ks = Array.from({length: perPage[i]}, () => next++)
    for (const k of ks) for (const [file, content] of logoFiles(k)) await writeFile(path.join(dir, 'docs/assets/logos', file), content)
    await write(guidePageSource(n), recommendationsPage(random, n, ks, instructionPages))
  }
  for (const n of instructionPages) await write(guidePageSource(n), instructionPage(prng(seed + n * 7919), n, cardPages))
  return {pages, recommendations: cards, bytes}
}

function config(pages) {
  return [
    '# Generated by apps/bench (generate-guide.mjs): a guide of the real shape for timing print output.',
    `site_name: Гид по приватности (${pages} страниц, синтетический)`,
    'site_url: https://guide.samizdat.example/',
    'site_description: Синтетический гид с карточками рекомендаций во всех формах',
    'theme:',
    '  name: material',
    '  language: ru',
    'markdown_extensions:',
    '  - admonition',
    '  - pymdownx.details',
    '  - attr_list',
    '  - md_in_html',
    '  - tables',
    '  - footnotes',
    '  - pymdownx.emoji:',
    '      emoji_index: !!python/name:material.extensions.emoji.twemoji',
    '      emoji_generator: !!python/name:material.extensions.emoji.to_svg',
    '  - pymdownx.superfences',
    ''
  ].join('\n')
}

function indexPage(pages) {
  return `# Гид по приватности\n\nСинтетический гид на ${pages} страниц: рекомендации и инструкции.\n`
}

// Logo files of card `k`: every fifth has none, every fifth a light/dark pair, some a PNG.
function logoFiles(k) {
  const name = `logo-${pad(k + 1, 3)}`
  switch (k % 5) {
    case 0:
      return []
    case 1:
      return [[`${name}-light.svg`, svgLogo(k, '#fff')], [`${name}-dark.svg`, svgLogo(k, '#000')]]
    case 2:
      return [[`${name}.png`, pngLogo(k)]]
    default:
      return [[`${name}.svg`, svgLogo(k, '#fff')]]
  }
}

function logoMarkdown(k, name, indent, extra) {
  const file = `logo-${pad(k + 1, 3)}`
  switch (k % 5) {
    case 0:
      return []
    case 1:
      return [`${indent}![${name}](../assets/logos/${file}-light.svg#only-light){ ${extra}align=right }`, `${indent}![${name}](../assets/logos/${file}-dark.svg#only-dark){ ${extra}align=right }`]
    case 2:
      return [`${indent}![Логотип ${name}](../assets/logos/${file}.png){ ${extra}align=right }`]
    default:
      return [`${indent}![Логотип ${name}](../assets/logos/${file}.svg){ ${extra}align=right }`]
  }
}

function svgLogo(k, ink) {
  const hue = (k * 47) % 360
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100"><rect width="100" height="100" rx="22" fill="hsl(${hue}, 62%, 42%)"/><circle cx="50" cy="50" r="${18 + (k % 9) * 2}" fill="none" stroke="${ink}" stroke-width="8"/><path d="M30 ${30 + (k % 7)}h40v8H30z" fill="${ink}"/></svg>\n`
}

// A 96×96 RGBA PNG (a disc on transparency), written by hand so the bench needs no image package.
function pngLogo(k) {
  const size = 96
  const rows = []
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4)
    for (let x = 0; x < size; x++) {
      const inside = (x - 48) ** 2 + (y - 48) ** 2 < 44 ** 2
      row.set(inside ? [(k * 53) % 256, 90, 160, 255] : [0, 0, 0, 0], 1 + x * 4)
    }
    rows.push(row)
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8)
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))])
}

function crc32(bytes) {
  let crc = ~0
  for (const byte of bytes) {
    crc ^= byte
    for (let i = 0; i < 8; i++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

// A link from recommendation page `n` to an instruction page, relative as authors write them.
const instructionLink = (instructionPages, k) => (instructionPages.length === 0 ? null : `../${guidePageSource(instructionPages[k % instructionPages.length])}`)

function recommendationsPage(random, n, ks, instructionPages) {
  const topic = random.pick(topics)
  const lines = ['---', `title: "${topic} (${n})"`, `description: "${plainSentence(random)}"`, '---', '', `# ${topic} (${n})`, '', paragraph(random, 3), '', '!!! note', `    ${paragraph(random, 2)}`, '']
  // Cards come in groups by shape; a group of the "several under one section" shape shares its heading.
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i]
    const shape = k % 4
    if (shape === 1 && i + 1 < ks.length && ks[i + 1] % 4 === 2) {
      lines.push(`## ${random.pick(topics)}`, '', paragraph(random, 1), '')
    } else if (shape !== 2) {
      lines.push(`## ${random.pick(topics)}`, '')
    }
    lines.push(...card(random, k, shape, instructionLink(instructionPages, k)), '', ...details(random, k))
  }
  lines.push('## Что ещё почитать', '', paragraph(random, 2), '')
  return `${lines.join('\n')}\n`
}

// What follows a card up to the next heading: its details. Every ninth card has far more than a leaflet's back holds.
function details(random, k) {
  const count = k % 9 === 4 ? 14 : 1 + random.int(4)
  const out = []
  for (let i = 0; i < count; i++) {
    if (i === 1 && random.chance(0.4)) out.push(...Array.from({length: 3 + random.int(3)}, () => `- ${phrase(random)} ${rareWord(random)}`), '')
    else out.push(paragraph(random, 2 + random.int(3)), '')
  }
  if (random.chance(0.3)) out.push('!!! warning "Внимание"', `    ${paragraph(random, 2)}`, '')
  return out
}

function card(random, k, shape, guideLink) {
  const name = productName(k)
  const slug = slugOf(name)
  const downloads = stores.slice(0, [0, 2, 3, 5, 6, 8, 12][k % 7])
  const links = iconLinks.filter((_, i) => i === 0 || random.chance(0.6))
  const summary = paragraph(random, 2 + random.int(2))
  const homepage = `https://${slug}.example.org`
  const instructions = guideLink === null || random.chance(0.5) ? [] : [`[:material-newspaper-check: Наша инструкция](${guideLink}){ .md-button }`]
  if (shape === 0) {
    // The seed's form under a product heading.
    const available = platformLine.filter((_, i) => i === 0 || random.chance(0.6))
    return [
      `### **${name}**`,
      '',
      '!!! recomendation ""',
      ...logoMarkdown(k, name, '    ', 'width="100"; '),
      '    Платформы:',
      `    ${available.map(([icon, label]) => `${icon} ${label}`).join(', ')}`,
      '',
      `    ${summary}`,
      '',
      `    [:octicons-home-24: Официальный сайт](${homepage}){ .md-button .md-button--primary } ${instructions.join(' ')}`
    ]
  }
  if (shape === 3) {
    // Indented, with icon links (unquoted titles) and a `??? downloads` block.
    return [
      `### ${name}`,
      '',
      '!!! recommendation',
      ...logoMarkdown(k, name, '    ', 'width="100"; '),
      '',
      `    **${name}** ${summary.charAt(0).toLowerCase()}${summary.slice(1)}`,
      '',
      `    [:octicons-home-16: Домашняя страница](${homepage}){ .md-button .md-button--primary }`,
      ...links.map(([icon, title, url]) => `    [:${icon}:](${url(slug)}){ .card-link title=${title} }`),
      ...instructions.map((line) => `    ${line}`),
      ...(downloads.length === 0 ? [] : ['', '    ??? downloads "Скачать"', '', ...downloads.map(([icon, label, url]) => `        - [:${icon}: ${label}](${url(slug, k)})`)])
    ]
  }
  // Markdown in HTML, named by its first bold text (shapes 1 and 2: several under one section).
  return [
    '<div class="admonition recommendation" markdown>',
    '',
    ...logoMarkdown(k, name, '', ''),
    '',
    `**${name}** — ${summary.charAt(0).toLowerCase()}${summary.slice(1)}`,
    '',
    `[:octicons-home-16: Домашняя страница](${homepage}){ .md-button .md-button--primary }`,
    ...links.map(([icon, title, url]) => `[:${icon}:](${url(slug)}){ .card-link title="${title}" }`),
    ...instructions,
    '',
    ...(downloads.length === 0 ? [] : ['<details class="downloads" markdown>', '<summary>Скачать</summary>', '', ...downloads.map(([icon, label, url]) => `- [:${icon}: ${label}](${url(slug, k)})`), '', '</details>', '']),
    '</div>'
  ]
}

// A long page of steps: nested lists, a wide table, code, admonitions, links to recommendation pages.
function instructionPage(random, n, cardPages) {
  const topic = random.pick(topics)
  const lines = ['---', `title: "Инструкция: ${topic.toLowerCase()} (${n})"`, '---', '', `# Инструкция: ${topic.toLowerCase()} (${n})`, '', paragraph(random, 3), '']
  for (let part = 1; part <= 6; part++) {
    lines.push(`## Шаг ${part}: ${random.pick(topics).toLowerCase()}`, '', paragraph(random, 3), '')
    for (let item = 1; item <= 6; item++) {
      lines.push(`${item}. ${sentence(random)}`)
      if (item % 2 === 0) {
        lines.push(`    - ${sentence(random)}`, `    - ${sentence(random)} [Подробнее](../${guidePageSource(random.pick(cardPages))})`)
        if (item % 4 === 0) lines.push(`        - ${phrase(random)} ${rareWord(random)}.`)
      }
    }
    lines.push('', '| Платформа | Где включить | По умолчанию | Заметки |', '| --- | --- | :---: | --- |')
    for (let row = 0; row < 5; row++) lines.push(`| ${random.pick(platformLine)[1]} | Настройки → ${phrase(random)} | ${random.chance(0.5) ? 'да' : 'нет'} | ${sentence(random)} |`)
    lines.push('', '```sh', `gpg --verify ${rareWord(random)}-${part}.tar.gz.sig`, `sha256sum ${rareWord(random)}-${part}.tar.gz`, '```', '')
    lines.push(`??? tip "${random.pick(topics)}"`, `    ${paragraph(random, 3)}`, '', paragraph(random, 4), '')
  }
  return `${lines.join('\n')}\n`
}

// `node generate-guide.mjs DIR [PAGES] [CARDS]` writes a guide by hand, for looking at it.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, pages = '60', cards = '140'] = process.argv.slice(2)
  if (dir === undefined) {
    console.error('usage: node generate-guide.mjs DIR [PAGES] [CARDS]')
    process.exit(2)
  }
  const result = await generateGuide(dir, {pages: Number(pages), cards: Number(cards)})
  console.log(`${result.pages} pages, ${result.recommendations} recommendation cards, ${(result.bytes / 1024).toFixed(0)} KiB of Markdown → ${dir}`)
}
