import {describe, expect, it} from 'vitest'
import {brandColor, iconToSvg, resolveIcon} from '@samizdat/theme'
import type {IconData} from '@samizdat/theme'

describe('resolveIcon: the seed page’s icons', () => {
  it.each([
    ['simple-android', 'Android', '#3DDC84'],
    ['simple-apple', 'Apple', '#000000'],
    ['simple-linux', 'Linux', '#FCC624']
  ])('%s is a Simple Icon with its brand colour', (name, title, color) => {
    const icon = resolveIcon(name)
    expect(icon).toMatchObject({set: 'simple', viewBox: '0 0 24 24', title, color})
    expect(icon?.paths).toHaveLength(1)
    expect(icon?.paths[0]).toMatch(/^M/)
  })

  it('simple-windows is not in Simple Icons 16 (no Microsoft logos), so it is unknown', () => {
    expect(resolveIcon('simple-windows')).toBeUndefined()
  })

  it('octicons-home-24 draws the 24px home', () => {
    const icon = resolveIcon('octicons-home-24')
    expect(icon).toMatchObject({set: 'octicons', viewBox: '0 0 24 24', title: 'home', color: null})
    expect(icon?.paths.length).toBeGreaterThanOrEqual(1)
    expect(icon?.fillRules).toBeUndefined()
    // The 16px variant is a different drawing on a different grid.
    expect(resolveIcon('octicons-home-16')?.viewBox).toBe('0 0 16 16')
    expect(resolveIcon('octicons-home-20')).toBeUndefined()
  })

  it.each([
    ['material-newspaper-check', 'newspaper check'],
    ['material-message-text-outline', 'message text outline'],
    ['material-shield-lock-outline', 'shield lock outline']
  ])('%s is a Material Design Icon', (name, title) => {
    const icon = resolveIcon(name)
    expect(icon).toMatchObject({set: 'material', viewBox: '0 0 24 24', title, color: null})
    expect(icon?.paths[0]).toMatch(/^M[\d.]/)
  })

  it('gives each name its own drawing', () => {
    const paths = ['material-newspaper-check', 'material-message-text-outline', 'material-shield-lock-outline'].map((name) => resolveIcon(name)?.paths[0])
    expect(new Set(paths).size).toBe(3)
  })
})

describe('resolveIcon: other sets', () => {
  it('reads Font Awesome definitions, by name and by old alias', () => {
    expect(resolveIcon('fontawesome-brands-github')).toMatchObject({set: 'fontawesome', viewBox: '0 0 496 512', title: 'github'})
    const house = resolveIcon('fontawesome-solid-house')
    expect(house?.viewBox).toBe('0 0 576 512')
    expect(resolveIcon('fontawesome-solid-home')?.paths).toEqual(house?.paths)
    expect(resolveIcon('fontawesome-regular-envelope')?.set).toBe('fontawesome')
    expect(resolveIcon('fontawesome-light-house')).toBeUndefined()
  })

  it('keeps Octicons’ evenodd holes', () => {
    const icon = resolveIcon('octicons-codescan-16')
    expect(icon?.fillRules).toContain('evenodd')
    expect(icon?.fillRules).toHaveLength(icon?.paths.length ?? -1)
  })

  it('prefers a custom icon, looked up by its exact name', () => {
    const mine: IconData = {set: 'custom', viewBox: '0 0 10 10', paths: ['M0 0h10v10H0z'], title: 'mine', color: null}
    const custom = new Map([['simple-android', mine], ['brand-logo', mine]])
    expect(resolveIcon('simple-android', custom)).toBe(mine)
    expect(resolveIcon('brand-logo', custom)).toBe(mine)
    expect(resolveIcon('brand-other', custom)).toBeUndefined()
  })
})

describe('resolveIcon: hostile names', () => {
  const names = [
    '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype',
    'material-__proto__', 'material-constructor', 'material-../x', 'material-', 'material', '-material',
    'simple-__proto__', 'simple-constructor', 'simple-hasOwnProperty',
    'octicons-__proto__-16', 'octicons-home-__proto__', 'octicons-home-constructor', 'octicons-constructor-24',
    'fontawesome-brands-__proto__', 'fontawesome-__proto__-x', 'fontawesome-constructor-toString',
    '__proto__-x', 'constructor-name', 'toString-x', 'custom-x',
    '../../etc/passwd', 'simple-../../etc/passwd', 'material-..%2f..%2fetc', 'octicons-../../home-24',
    'material-Newspaper-Check', 'material-newspaper_check', 'MATERIAL-NEWSPAPER-CHECK', '', ' ', 'material-newspaper-check ',
    'material-newspaper-check\u0000', 'x'.repeat(100_000)
  ]
  it.each(names.map((name) => [name.slice(0, 40)]).map((row, index) => [...row, names[index] ?? '']))('%s is unknown, without throwing', (_, name) => {
    expect(resolveIcon(name)).toBeUndefined()
    expect(resolveIcon(name, new Map())).toBeUndefined()
  })

  it('does not throw on non-strings from untyped callers', () => {
    expect(resolveIcon(undefined as unknown as string)).toBeUndefined()
    expect(resolveIcon({} as unknown as string)).toBeUndefined()
  })
})

describe('brandColor', () => {
  it('finds product names by title, case-insensitively, and by slug', () => {
    expect(brandColor('Signal')).toBe('#3B45FD')
    expect(brandColor('signal')).toBe('#3B45FD')
    expect(brandColor('Session')).toBe('#000000')
    expect(brandColor('Android')).toBe('#3DDC84')
    expect(brandColor('androidstudio')).toBe('#3DDC84')
    expect(brandColor('Android Studio')).toBe('#3DDC84')
  })

  it('is null for names Simple Icons does not know', () => {
    expect(brandColor('Briar')).toBeNull()
    expect(brandColor('Windows')).toBeNull()
    expect(brandColor('__proto__')).toBeNull()
    expect(brandColor('constructor')).toBeNull()
    expect(brandColor('')).toBeNull()
  })
})

describe('iconToSvg', () => {
  const icon = resolveIcon('simple-android')
  if (!icon) throw new Error('simple-android must resolve')

  it('writes only the viewBox and paths, in the current colour, hidden without a title', () => {
    const svg = iconToSvg(icon)
    expect(svg).toBe(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true"><path d="${icon.paths[0]}"/></svg>`)
  })

  it('takes a size, a title and a colour', () => {
    const svg = iconToSvg(icon, {size: 32, title: 'Android', color: '#3DDC84'})
    expect(svg).toContain(' width="32" height="32" fill="#3DDC84" role="img"><title>Android</title><path')
  })

  it('escapes whatever an icon or title holds', () => {
    const evil: IconData = {set: 'custom', viewBox: '0 0 1 1" onload="x', paths: ['M0 0"/><script>alert(1)</script><path d="'], title: '', color: null}
    const svg = iconToSvg(evil, {title: '</title><script>'})
    expect(svg).not.toMatch(/<script|onload="/)
    expect(svg).toContain('&lt;/title&gt;&lt;script&gt;')
  })

  it('refuses a colour or size that could break out of its attribute', () => {
    expect(() => iconToSvg(icon, {color: 'red" onload="x'})).toThrow(/#rrggbb/)
    expect(() => iconToSvg(icon, {size: Number.NaN})).toThrow(/positive/)
  })

  it('marks evenodd paths', () => {
    const codescan = resolveIcon('octicons-codescan-16')
    expect(codescan && iconToSvg(codescan)).toContain('fill-rule="evenodd"')
  })
})
