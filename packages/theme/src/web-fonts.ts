import {readFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {requirePackage} from './require-package.js'
import type {WebFont} from './types.js'

const subsets: ReadonlyArray<WebFont['subset']> = ['cyrillic', 'cyrillic-ext', 'latin', 'latin-ext']
const stylesheets = ['400.css', '400-italic.css', '700.css', '700-italic.css']

// The unicode ranges come from @fontsource's own CSS, so they always match the files it ships.
function read(): WebFont[] {
  const fonts: WebFont[] = []
  for (const sheet of stylesheets) {
    const path = requirePackage.resolve(`@fontsource/pt-sans/${sheet}`)
    const css = readFileSync(path, 'utf8')
    for (const [, body = ''] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
      const file = /url\((\.\/files\/pt-sans-([a-z-]+)-(400|700)-(normal|italic)\.woff2)\)/.exec(body)
      const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1]?.trim()
      const subset = subsets.find((name) => name === file?.[2])
      if (!file?.[1] || !subset || !range) continue
      fonts.push({
        family: 'PT Sans',
        subset,
        weight: file[3] === '700' ? 700 : 400,
        style: file[4] === 'italic' ? 'italic' : 'normal',
        unicodeRange: range,
        file: resolve(dirname(path), file[1])
      })
    }
  }
  return fonts
}

/** The site's PT Sans woff2 files (@fontsource): Cyrillic and Latin subsets, 400/700, normal/italic, with their unicode ranges. */
export const webFonts: readonly WebFont[] = Object.freeze(read())

function cssString(value: string): string {
  // Quote for a CSS string inside a <style> element: no way out of the string or the element.
  return `"${value.replace(/[\\"\n\r\f<]/g, (char) => `\\${char.codePointAt(0)?.toString(16)} `)}"`
}

/** `@font-face` rules for every web font, with `font-display: swap`; `urlFor` maps each absolute file path to the URL the site serves it at. */
export function fontFaceCss(urlFor: (file: string) => string): string {
  return webFonts
    .map((font) =>
      [
        '@font-face {',
        `  font-family: '${font.family}';`,
        `  font-style: ${font.style};`,
        `  font-weight: ${font.weight};`,
        '  font-display: swap;',
        `  src: url(${cssString(urlFor(font.file))}) format('woff2');`,
        `  unicode-range: ${font.unicodeRange};`,
        '}'
      ].join('\n')
    )
    .join('\n')
}
