import {describe, expect, it} from 'vitest'
import {fitText, measureText} from '@samizdat/render-cards'

const summary = 'Регистрация без каких-либо ваших данных, E2E шифрование, децентрализованная архитектура устойчивая к цензуре.'

describe('fitText', () => {
  it('keeps the largest size at which the text fits', () => {
    const fitted = fitText('Signal', {sizes: [72, 48], maxWidth: 800, maxLines: 1})
    expect(fitted).toMatchObject({fontSize: 72, lines: ['Signal'], clamped: false})
  })

  it('shrinks before it clamps', () => {
    const fitted = fitText(summary, {sizes: [40, 30, 20], maxWidth: 600, maxLines: 3})
    expect(fitted.fontSize).toBeLessThan(40)
    expect(fitted.clamped).toBe(false)
    expect(fitted.lines.join(' ')).toBe(summary)
  })

  it('clamps at a word boundary with an ellipsis, at the smallest size', () => {
    const fitted = fitText(summary.repeat(5), {sizes: [30, 24], maxWidth: 500, maxLines: 2})
    expect(fitted).toMatchObject({fontSize: 24, clamped: true})
    expect(fitted.lines).toHaveLength(2)
    const last = fitted.lines[1] ?? ''
    expect(last.endsWith('…')).toBe(true)
    // The word before the ellipsis is a whole word of the text, not a cut one.
    const words = new Set(summary.split(' ').map((word) => word.replace(/[,.]$/u, '')))
    expect(words.has(last.slice(0, -1).split(' ').at(-1) ?? '')).toBe(true)
  })

  it('never returns a line wider than the box', () => {
    for (const width of [120, 333, 700]) {
      const fitted = fitText(summary, {sizes: [36, 28], maxWidth: width, maxLines: 20})
      for (const line of fitted.lines) expect(measureText(line, fitted.fontSize)).toBeLessThanOrEqual(width)
    }
  })

  it('splits a word wider than the box between whole characters', () => {
    const word = 'Антиконституционнообеспеченнейший😀сверхзащищённый'
    const fitted = fitText(word, {sizes: [48], maxWidth: 300, maxLines: 10})
    expect(fitted.lines.length).toBeGreaterThan(1)
    expect(fitted.lines.join('')).toBe(word)
    expect(fitted.lines.join('')).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u)
  })

  it('fits the line count to a height', () => {
    const fitted = fitText(summary.repeat(3), {sizes: [20], maxWidth: 400, maxLines: 99, maxHeight: 100, lineHeight: 1.25})
    expect(fitted.lines).toHaveLength(4)
  })

  it('sets an empty text as no lines', () => {
    expect(fitText('  ', {sizes: [20], maxWidth: 400, maxLines: 3}).lines).toEqual([])
  })
})
