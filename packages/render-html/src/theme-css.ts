import {basename} from 'node:path'
import {admonitionColors, codeColors, codeScopes, colors, fontFaceCss, webFonts, type Palette} from '@samizdat/theme'

/** Where the site serves its own files (stylesheet, scripts, fonts), apart from the content's. */
export const ownFolder = '_samizdat'

/** Path of each web font inside the site, by its file on disk. */
export function fontFiles(): Array<{source: string; path: string}> {
  return webFonts.map((font) => ({source: font.file, path: `${ownFolder}/fonts/${basename(font.file)}`}))
}

/**
 * The generated part of the stylesheet: PT Sans `@font-face` rules, the theme's palettes
 * as custom properties (light by default, dark from `prefers-color-scheme` unless the
 * reader chose light, or when the reader chose dark), and each admonition kind's colour.
 */
export function themeCss(): string {
  const light = `${declarations(colors.light)} ${codeDeclarations(codeColors.light)}`
  const dark = `${declarations(colors.dark)} ${codeDeclarations(codeColors.dark)}`
  const kinds = Object.entries(admonitionColors)
  const admonitions = (theme: 'light' | 'dark', scope = '') =>
    kinds
      .map(([kind, color]) => `${scope}.admonition.${kind}, ${scope}details.${kind} { --admonition: ${color[theme]}; }`)
      .join('\n')
  return [
    fontFaceCss((file) => `fonts/${basename(file)}`),
    `:root { color-scheme: light; ${light} }`,
    admonitions('light'),
    `:root[data-theme="dark"] { color-scheme: dark; ${dark} }`,
    `@media (prefers-color-scheme: dark) {\n:root:not([data-theme="light"]) { color-scheme: dark; ${dark} }\n}`,
    admonitions('dark', ':root[data-theme="dark"] '),
    `@media (prefers-color-scheme: dark) {\n${admonitions('dark', ':root:not([data-theme="light"]) ')}\n}`,
    // Highlighted code: each highlight.js class takes its category's colour in both schemes.
    Object.entries(codeScopes)
      .map(([scope, category]) => `.hljs-${scope} { color: var(--code-${category}); }`)
      .join('\n')
  ].join('\n')
}

function codeDeclarations(palette: Readonly<Record<string, string>>): string {
  return Object.entries(palette)
    .map(([category, value]) => `--code-${category}: ${value};`)
    .join(' ')
}

function declarations(palette: Palette): string {
  return Object.entries(palette)
    .map(([name, value]) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`)
    .join(' ')
}
