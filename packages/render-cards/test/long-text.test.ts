import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cardSizes, type CardSize, type Recommendation, type SiteBundle} from '@samizdat/model'
import {bandHeight, cardToSvg, h, recommendationCardJobs, renderCards, safeAreas, svgToPng, type CardChild, type CardNode} from '@samizdat/render-cards'
import {colors} from '@samizdat/theme'
import {bundleOf, recommendation} from './fixtures/synthetic-bundle.js'
import {decode, inkInside, marginIntruders} from './helpers/png.js'

const sentence = 'Регистрация без каких-либо ваших данных, E2E шифрование, децентрализованная архитектура устойчивая к цензуре. '
const summary = sentence.repeat(6).slice(0, 600)
const names = {
  words: 'Очень длинное название защищённого мессенджера для редакций!',
  word: 'Сверхзащищённыйдецентрализованныймессенджердляжурналистовиюр'
}
const sizes = Object.keys(cardSizes) as CardSize[]
let bundle: SiteBundle
let out: string

/** Every string in an element tree, in order. */
function texts(node: CardChild): string[] {
  if (typeof node === 'string') return [node]
  const children = node.props.children
  return (Array.isArray(children) ? children : children === undefined ? [] : [children]).flatMap(texts)
}

beforeAll(async () => {
  expect(summary).toHaveLength(600)
  for (const name of Object.values(names)) expect(name).toHaveLength(60)
  bundle = bundleOf([
    recommendation({slug: 'words', name: names.words, summaryText: summary, color: '#3B45FD'}),
    recommendation({slug: 'word', name: names.word, summaryText: summary, color: '#000000'})
  ])
  out = mkdtempSync(path.join(tmpdir(), 'samizdat-long-'))
  await renderCards(bundle, out)
})

afterAll(() => rmSync(out, {recursive: true, force: true}))

describe('a 60-character name and a 600-character summary', () => {
  it('stay inside the safe area on every card size', () => {
    for (const slug of ['words', 'word']) {
      for (const size of sizes) {
        const png = decode(readFileSync(path.join(out, `${slug}-${size}.png`)))
        expect(marginIntruders(png, safeAreas[size], colors.dark.background, bandHeight), `${slug}-${size}`).toEqual([])
        expect(inkInside(png, safeAreas[size], colors.dark.background)).toBeGreaterThan(20_000)
      }
    }
  })

  it('keep the whole name, and clamp the summary at a word boundary with «…»', () => {
    for (const item of bundle.recommendations as Recommendation[]) {
      for (const job of recommendationCardJobs(bundle, item)) {
        const shown = texts(job.node())
        expect(shown.join('').replace(/ /gu, ''), job.file).toContain(item.name.replace(/ /gu, ''))
        const last = shown.find((line) => line.endsWith('…'))
        expect(last, job.file).toBeDefined()
        // The clamped line ends in a whole word of the summary followed by the ellipsis.
        expect(sentence.replace(/[,.]/gu, '').split(' ')).toContain(last?.slice(0, -1).split(' ').at(-1))
      }
    }
  })

  it('the safe-area check catches text that crosses the margin (it can fail)', async () => {
    const overflowing: CardNode = h(
      'div',
      {display: 'flex', width: '100%', height: '100%', backgroundColor: colors.dark.background, color: '#ffffff', fontFamily: 'PT Sans', fontSize: 40, paddingLeft: 30, paddingTop: 300},
      'Текст у самого края'
    )
    const png = decode(svgToPng((await cardToSvg(overflowing, cardSizes.og)).svg))
    expect(marginIntruders(png, safeAreas.og, colors.dark.background, 0).length).toBeGreaterThan(0)
  })
})
