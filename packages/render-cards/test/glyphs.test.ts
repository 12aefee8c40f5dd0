import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadSite} from '@samizdat/model'
import {cardToSvg, fitText, h, recommendationCardJobs, svgToPng} from '@samizdat/render-cards'
import {contentDir} from './helpers/seed.js'
import {bundleOf, recommendation} from './fixtures/synthetic-bundle.js'
import {decode} from './helpers/png.js'

// Every distinct character of the guide's pages, Markdown punctuation included.
const seedCharacters = [
  ...new Set(
    ['docs/index.md', 'docs/recommendations/messengers.md']
      .map((file) => readFileSync(path.join(contentDir, file), 'utf8'))
      .join('')
      .replace(/\s/gu, '')
  )
]
  .sort()
  .join('')

/** A card-sized element setting `text` in the card font at `weight`, wrapped to fit. */
function specimen(text: string, weight: 400 | 700) {
  const fitted = fitText(text, {sizes: [28], maxWidth: 1100, maxLines: 40, weight, breakAnywhere: true})
  return h(
    'div',
    {display: 'flex', flexDirection: 'column', width: '100%', height: '100%', padding: 40, backgroundColor: '#ffffff', fontFamily: 'PT Sans', fontWeight: weight, fontSize: 28},
    ...fitted.lines.map((line) => h('div', {display: 'flex', whiteSpace: 'pre'}, line))
  )
}

describe('glyphs', () => {
  it('draws every character of the seed pages from PT Sans, never a fallback box', async () => {
    expect(seedCharacters.length).toBeGreaterThan(100)
    expect(seedCharacters).toMatch(/[а-яё]/u)
    for (const weight of [400, 700] as const) {
      const {fallbacks} = await cardToSvg(specimen(seedCharacters, weight), {width: 1200, height: 630})
      expect(fallbacks, `weight ${weight}`).toEqual([])
    }
  })

  it('notices a character the font lacks (the check can fail)', async () => {
    const {svg, fallbacks} = await cardToSvg(specimen('Привет 字 🙂', 400), {width: 1200, height: 630})
    // The CJK character has no glyph; the emoji is no fallback: it is drawn as its Twemoji picture.
    expect(fallbacks).toEqual(['字'])
    // And what the reader would have seen: a box where the glyph should be.
    expect(decode(svgToPng(svg)).width).toBe(1200)
  })

  it('draws emoji in a name and a summary as Twemoji pictures: no fallback glyph, colour where they stand', async () => {
    const bundle = bundleOf([recommendation({slug: 'party', name: 'Party 🎉', summaryText: 'Loved by everyone ❤️ and made with care 🙋‍♂️.'})])
    const rec = bundle.recommendations[0] ?? recommendation({slug: 'x', name: 'x'})
    for (const job of recommendationCardJobs(bundle, rec)) {
      const {svg, fallbacks} = await cardToSvg(job.node(), job.size)
      expect(fallbacks, job.file).toEqual([])
      // Satori embeds each emoji as an image; a missing glyph would have been a path of the font's box.
      expect(svg.match(/<image /g)?.length ?? 0, job.file).toBeGreaterThanOrEqual(3)
      const png = decode(svgToPng(svg))
      // Party popper red (#DD2E44) and heart red (#DD2E44/#BE1931) are on the card: the pictures were drawn.
      let red = 0
      for (let i = 0; i < png.data.length; i += 4) {
        const [r = 0, g = 0, b = 0] = [png.data[i], png.data[i + 1], png.data[i + 2]]
        if (r > 170 && g < 80 && b < 90) red++
      }
      expect(red, job.file).toBeGreaterThan(50)
      expect(job.meta.alt).toContain('Party 🎉')
      // To look at the card: SAMIZDAT_KEEP=/tmp/cards npm run test:unit -- glyphs
      if (process.env['SAMIZDAT_KEEP']) writeFileSync(`${process.env['SAMIZDAT_KEEP']}-${job.file.replaceAll('/', '-')}`, svgToPng(svg))
    }
  })

  it('reads a card named by its admonition title, with emoji, keys and math, as plain text and pictures', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'render-cards-title-'))
    writeFileSync(
      path.join(dir, 'index.md'),
      '!!! recommendation ":tada: Party ++ctrl+p++ $x^2$"\n    Loved by everyone :heart: and ==marked== (c).\n\n    [Site](https://party.example){ .md-button }\n'
    )
    const bundle = await loadSite(dir)
    const [rec] = bundle.recommendations
    if (!rec) throw new Error('no recommendation')
    // The title's inline Markdown read as the reader sees it: the emoji itself, key labels, the TeX.
    expect(rec.name).toBe('🎉 Party Ctrl+P x^2')
    expect(rec.summaryText).toBe('Loved by everyone ❤️ and marked ©.')
    for (const job of recommendationCardJobs(bundle, rec)) {
      const {svg, fallbacks} = await cardToSvg(job.node(), job.size)
      expect(fallbacks, job.file).toEqual([])
      expect(svg.match(/<image /g)?.length ?? 0, job.file).toBeGreaterThanOrEqual(2)
      expect(job.meta.alt).toContain('🎉 Party Ctrl+P x^2')
      if (process.env['SAMIZDAT_KEEP']) writeFileSync(`${process.env['SAMIZDAT_KEEP']}-title-${job.file.replaceAll('/', '-')}`, svgToPng(svg))
    }
  })

  it('drops characters the font lacks from cards instead of drawing boxes', async () => {
    const bundle = bundleOf([recommendation({slug: 'emoji', name: 'Чат 🙂 字', summaryText: 'Шифрует всё 🔒 и всегда.'})])
    for (const job of recommendationCardJobs(bundle, bundle.recommendations[0] ?? recommendation({slug: 'x', name: 'x'}))) {
      const {fallbacks} = await cardToSvg(job.node(), job.size)
      expect(fallbacks, job.file).toEqual([])
      expect(job.meta.alt).toContain('«Чат 🙂»')
    }
  })
})
