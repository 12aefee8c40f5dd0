import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
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
    expect(fallbacks).toEqual(expect.arrayContaining(['字', '🙂']))
    // And what the reader would have seen: a box where the glyph should be.
    expect(decode(svgToPng(svg)).width).toBe(1200)
  })

  it('drops characters the font lacks from cards instead of drawing boxes', async () => {
    const bundle = bundleOf([recommendation({slug: 'emoji', name: 'Чат 🙂 字', summaryText: 'Шифрует всё 🔒 и всегда.'})])
    for (const job of recommendationCardJobs(bundle, bundle.recommendations[0] ?? recommendation({slug: 'x', name: 'x'}))) {
      const {fallbacks} = await cardToSvg(job.node(), job.size)
      expect(fallbacks, job.file).toEqual([])
      expect(job.meta.alt).toContain('«Чат»')
    }
  })
})
