import type {Element} from 'hast'
import {h, s} from 'hastscript'
import type {Recommendation} from '@samizdat/model'
import {colors} from '@samizdat/theme'
import type {RenderContext} from '../types.js'

/**
 * A recommendation's logo: one picture, or a light and a dark one shown in their
 * theme only (`#only-light` / `#only-dark`). Without a usable file, a monogram: the
 * name's first letter on the brand colour, drawn as SVG so it needs no inline style.
 */
export function logoElement(recommendation: Recommendation, context: RenderContext): Element {
  const {logo, name} = recommendation
  const alt = logo.alt || name
  const width = logo.width ?? null
  const known = (key: string | null): key is string => key !== null && Object.hasOwn(context.bundle.assets, key)
  const light = known(logo.light) ? logo.light : null
  const dark = known(logo.dark) ? logo.dark : null
  const img = (key: string, theme: string) =>
    h('img', {src: context.href(`/${key}`) + theme, alt, width, className: ['recommendation__logo-image']})
  if (light && dark && light !== dark) {
    return h('div', {className: ['recommendation__logo']}, [img(light, '#only-light'), img(dark, '#only-dark')])
  }
  const single = light ?? dark
  if (single) return h('div', {className: ['recommendation__logo']}, [img(single, '')])
  return h('div', {className: ['recommendation__logo']}, [monogram(name, recommendation.color)])
}

function monogram(name: string, color: string | null): Element {
  const background = color && /^#[0-9a-f]{6}$/i.test(color) ? color : colors.light.accent
  const letter = (name.trim()[0] ?? '?').toUpperCase()
  return s('svg', {viewBox: '0 0 64 64', role: 'img', ariaLabel: name, className: ['recommendation__monogram']}, [
    s('rect', {width: '64', height: '64', rx: '14', fill: background}),
    s(
      'text',
      {x: '32', y: '43', textAnchor: 'middle', fontSize: '32', fontWeight: 'bold', fill: inkOn(background)},
      letter
    )
  ])
}

/** Black or white, whichever reads better on `background` (WCAG relative luminance). */
function inkOn(background: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(background.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff'
}
