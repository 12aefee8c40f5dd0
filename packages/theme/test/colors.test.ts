import {describe, expect, it} from 'vitest'
import {admonitionColor, admonitionColors, colors, contrastRatio, mixColors, relativeLuminance} from '@samizdat/theme'

describe('contrastRatio', () => {
  it('measures the WCAG extremes and a known pair', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#777777')).toBe(1)
    // #767676 on white is the classic "just passes AA" grey: 4.54:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })

  it('refuses a colour that is not #rrggbb', () => {
    expect(() => relativeLuminance('red')).toThrow(/#rrggbb/)
  })

  it('mixes toward the base colour', () => {
    expect(mixColors('#000000', '#ffffff', 0.5)).toBe('#808080')
    expect(mixColors('#448aff', '#ffffff', 0)).toBe('#ffffff')
  })
})

describe('palettes', () => {
  for (const scheme of ['light', 'dark'] as const) {
    const p = colors[scheme]
    for (const fg of ['text', 'mutedText', 'link'] as const) {
      for (const bg of ['background', 'surface'] as const) {
        it(`${scheme}: ${fg} on ${bg} reaches AA 4.5:1`, () => {
          expect(contrastRatio(p[fg], p[bg])).toBeGreaterThanOrEqual(4.5)
        })
      }
    }
    it(`${scheme}: text on the accent reaches AA 4.5:1`, () => {
      expect(contrastRatio(p.onAccent, p.accent)).toBeGreaterThanOrEqual(4.5)
    })
    it(`${scheme}: focus ring and accent stand out 3:1 from the background`, () => {
      expect(contrastRatio(p.focusRing, p.background)).toBeGreaterThanOrEqual(3)
      expect(contrastRatio(p.accent, p.background)).toBeGreaterThanOrEqual(3)
    })
  }
})

describe('admonition colours', () => {
  const kinds = ['note', 'abstract', 'info', 'tip', 'success', 'question', 'warning', 'failure', 'danger', 'bug', 'example', 'quote', 'recomendation', 'recommendation']

  it('covers MkDocs Material kinds and the guide’s own', () => {
    expect(Object.keys(admonitionColors).sort()).toEqual([...kinds].sort())
  })

  it('falls back to note for unknown kinds, including prototype names', () => {
    expect(admonitionColor('whatever')).toBe(admonitionColors.note)
    expect(admonitionColor('__proto__')).toBe(admonitionColors.note)
    expect(admonitionColor('constructor')).toBe(admonitionColors.note)
    expect(admonitionColor('warning')).toBe(admonitionColors.warning)
  })

  for (const kind of kinds) {
    const c = admonitionColor(kind)
    it(`${kind}: borders stand out 3:1 in both schemes`, () => {
      expect(contrastRatio(c.light, colors.light.background)).toBeGreaterThanOrEqual(3)
      expect(contrastRatio(c.dark, colors.dark.background)).toBeGreaterThanOrEqual(3)
    })
    it(`${kind}: print tint is a light tint of the print colour`, () => {
      expect(c.printTint).toBe(mixColors(c.print, '#ffffff', 0.1))
    })
    it(`${kind}: print colour reads in greyscale as text on its light tint, and is not black`, () => {
      const tint = c.printTint
      expect(contrastRatio(c.print, '#ffffff')).toBeGreaterThanOrEqual(4.5)
      expect(contrastRatio(c.print, tint)).toBeGreaterThanOrEqual(4.5)
      // Distinct from black body text: at least 2:1 against black, i.e. a visible mid-dark grey.
      expect(contrastRatio(c.print, '#000000')).toBeGreaterThanOrEqual(2)
      // And the tint itself is a visible grey, not paper white, yet text-dark black still reads on it.
      expect(relativeLuminance(tint)).toBeLessThan(0.98)
      expect(contrastRatio('#000000', tint)).toBeGreaterThanOrEqual(15)
    })
  }
})
