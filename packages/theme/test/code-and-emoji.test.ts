import {describe, expect, it} from 'vitest'
import {codeCategories, codeCategory, codeColors, colors, contrastRatio, emojiGraphic, highlightCode, iconToSvg, relativeLuminance, twemojiFile} from '@samizdat/theme'

describe('highlightCode', () => {
  it('splits highlighted code into lines of classed tokens', () => {
    const {language, lines} = highlightCode('def f(x):\n    return "s"  # note\n', 'py')
    expect(language).toBe('py')
    expect(lines).toHaveLength(2)
    expect(lines[0]?.[0]).toEqual({text: 'def', classes: ['hljs-keyword']})
    expect(lines[1]?.map((token) => token.text).join('')).toBe('    return "s"  # note')
    expect(lines[1]?.find((token) => token.text === '"s"')?.classes).toEqual(['hljs-string'])
    expect(lines[1]?.find((token) => token.text === '# note')?.classes).toEqual(['hljs-comment'])
  })

  it('gives unknown languages, `text` and diagrams as plain lines, never an error', () => {
    for (const language of ['no-such-language', 'text', 'mermaid', null, undefined, '']) {
      const result = highlightCode('a < b\n\nc', language)
      expect(result.language).toBeNull()
      expect(result.lines).toEqual([[{text: 'a < b', classes: []}], [], [{text: 'c', classes: []}]])
    }
  })

  it('maps highlight.js classes to the categories a reader tells apart', () => {
    expect(codeCategory(['hljs-keyword'])).toBe('keyword')
    expect(codeCategory(['hljs-title', 'function_'])).toBe('function')
    expect(codeCategory(['hljs-comment'])).toBe('comment')
    expect(codeCategory([])).toBeNull()
  })
})

describe('code colours', () => {
  it('reach 4.5:1 on the code background in both schemes', () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const category of codeCategories) {
        expect(contrastRatio(codeColors[scheme][category], colors[scheme].surface), `${scheme} ${category}`).toBeGreaterThanOrEqual(4.5)
      }
    }
  })

  it('print dark enough to read on paper, telling comments apart by slant and keywords by weight', () => {
    for (const category of codeCategories) expect(relativeLuminance(codeColors.print[category].color)).toBeLessThan(0.2)
    expect(codeColors.print.comment.italic).toBe(true)
    expect(codeColors.print.keyword.bold).toBe(true)
  })
})

describe('emojiGraphic', () => {
  it('gives Twemoji pictures as coloured paths', () => {
    const party = emojiGraphic('🎉')
    expect(party?.set).toBe('twemoji')
    expect(party?.viewBox).toBe('0 0 36 36')
    expect(party?.paths.length).toBe(party?.paint?.length)
    expect(party?.paint?.every((paint) => /^#[0-9A-F]{6}$/.test(paint.fill))).toBe(true)
    // Circles and ellipses become paths; group transforms reach the paths.
    expect(emojiGraphic('😄')?.paths.length).toBeGreaterThan(1)
    expect(iconToSvg(party ?? emojiGraphic('🎉')!)).toContain('fill="#DD2E44"')
  })

  it('finds sequences with and without U+FE0F, and refuses what is no emoji', () => {
    expect(twemojiFile('❤️')).toBe('2764')
    expect(twemojiFile('🙋‍♂️')).toBe('1f64b-200d-2642-fe0f')
    for (const emoji of ['❤️', '❤', '👍️', '🙋‍♂️', '🧘‍♀️', '👍🏽']) expect(emojiGraphic(emoji), emoji).toBeDefined()
    for (const text of ['A', '字', '../../etc/passwd', '']) expect(emojiGraphic(text), text).toBeUndefined()
  })
})
