import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cardSizes, pageCardFile, recommendationCardFile, type CardSize, type SiteBundle} from '@samizdat/model'
import {bandHeight, recommendationCardJobs, renderCards, safeAreas, svgToPng, cardToSvg} from '@samizdat/render-cards'
import {colors} from '@samizdat/theme'
import {allowedDiff, diffGolden, diffPngs} from './helpers/golden.js'
import {decode, inkInside, marginIntruders} from './helpers/png.js'
import {seedBundle} from './helpers/seed.js'

const sizes = Object.keys(cardSizes) as CardSize[]
const dirs: string[] = []
let bundle: SiteBundle
let out: string
let files: string[]

function temporaryDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'samizdat-cards-'))
  dirs.push(dir)
  return dir
}

function sizeOf(width: number, height: number): CardSize {
  const size = sizes.find((name) => cardSizes[name].width === width && cardSizes[name].height === height)
  if (!size) throw new Error(`no card size is ${width}×${height}`)
  return size
}

beforeAll(async () => {
  bundle = await seedBundle()
  out = temporaryDir()
  files = (await renderCards(bundle, out)).files
})

afterAll(() => {
  for (const dir of dirs) rmSync(dir, {recursive: true, force: true})
})

describe('the seed guide’s cards', () => {
  it('are three per recommendation and one per page, each PNG with its JSON', () => {
    expect(bundle.recommendations.map((item) => item.slug)).toEqual(['signal', 'session', 'briar'])
    const pngs = [
      ...bundle.recommendations.flatMap((item) => sizes.map((size) => recommendationCardFile(item, size))),
      ...bundle.pages.map((page) => pageCardFile(page))
    ]
    expect(files).toEqual(pngs.flatMap((file) => [file, file.replace(/\.png$/u, '.json')]).sort())
    expect(readdirSync(out, {recursive: true}).filter((entry) => String(entry).includes('.')).sort()).toEqual(files)
  })

  it('have the size their JSON and the model promise', () => {
    for (const file of files.filter((name) => name.endsWith('.png'))) {
      const png = decode(readFileSync(path.join(out, file)))
      const meta = JSON.parse(readFileSync(path.join(out, file.replace(/\.png$/u, '.json')), 'utf8')) as {width: number; height: number}
      expect([png.width, png.height], file).toEqual([meta.width, meta.height])
      const size = file.startsWith('pages/') ? 'og' : (/-(og|square|story)\.png$/u.exec(file)?.[1] as CardSize)
      expect([png.width, png.height], file).toEqual([cardSizes[size].width, cardSizes[size].height])
    }
  })

  it('draw nothing outside the safe area but the background and the band', () => {
    for (const file of files.filter((name) => name.endsWith('.png'))) {
      const png = decode(readFileSync(path.join(out, file)))
      const safeArea = safeAreas[sizeOf(png.width, png.height)]
      expect(marginIntruders(png, safeArea, colors.dark.background, bandHeight), file).toEqual([])
      expect(inkInside(png, safeArea, colors.dark.background), file).toBeGreaterThan(20_000)
    }
  })

  it('write alt text, a Russian caption (with the guide’s own hashtags) and the absolute URL beside each PNG', () => {
    const signal = JSON.parse(readFileSync(path.join(out, 'signal-og.json'), 'utf8')) as Record<string, unknown>
    expect(signal).toEqual({
      alt: expect.stringMatching(/^Карточка рекомендации с сайта «Приватность без паники»: логотип Signal на белой плитке, крупно название «Signal», под ним описание: «С помощью Signal .+». Значки платформ: Android, iOS, Windows, Linux и macOS\. Внизу название сайта и адрес samizdat\.example\/recommendations\/messengers\/signal\/\.$/u),
      caption: expect.stringContaining('Signal — С помощью Signal можно отправлять сообщения'),
      url: 'https://samizdat.example/recommendations/messengers/signal/',
      width: 1200,
      height: 630
    })
    expect(signal['caption']).toContain('\n\nПодробнее на сайте «Приватность без паники»: https://samizdat.example/recommendations/messengers/signal/')
    expect(signal['caption']).toMatch(/\n\n#Signal #приватность #цифроваябезопасность$/u)
    const briar = JSON.parse(readFileSync(path.join(out, 'briar-story.json'), 'utf8')) as Record<string, unknown>
    expect(briar['alt']).toContain('вместо логотипа — буква «B» на плитке фирменного цвета')
    expect(briar['alt']).toContain('Значки платформ: Android.')
    const page = JSON.parse(readFileSync(path.join(out, 'pages/index-og.json'), 'utf8')) as Record<string, unknown>
    expect(page).toMatchObject({url: 'https://samizdat.example/', width: 1200, height: 630})
    expect(page['alt']).toContain('заголовок «Приватность без паники»')
  })

  it('match the golden images', () => {
    for (const item of bundle.recommendations) {
      for (const size of sizes) {
        const file = recommendationCardFile(item, size)
        expect(diffGolden(file, readFileSync(path.join(out, file))), file).toBeLessThanOrEqual(allowedDiff)
      }
    }
  })

  it('would notice a changed letter against the golden image', async () => {
    const [signal] = bundle.recommendations
    if (!signal) throw new Error('the seed has Signal')
    const [og] = recommendationCardJobs(bundle, {...signal, name: 'Signa1'})
    if (!og) throw new Error('Signal has an Open Graph card')
    const {svg} = await cardToSvg(og.node(), og.size)
    expect(diffPngs(readFileSync(path.join(out, 'signal-og.png')), svgToPng(svg))).toBeGreaterThan(allowedDiff * 2)
  })

  it('are byte-identical on every build, with or without worker threads', async () => {
    for (const workers of [0, 1]) {
      const again = temporaryDir()
      expect((await renderCards(bundle, again, {workers})).files).toEqual(files)
      for (const file of files) expect(readFileSync(path.join(again, file)).equals(readFileSync(path.join(out, file))), file).toBe(true)
    }
  })
})
