import {readFileSync} from 'node:fs'
import {lazy} from './lazy.js'
import {requirePackage} from './require-package.js'
import type {IconData} from './types.js'

interface SimpleIcon {
  title: string
  slug: string
  hex: string
}

// The package's data file (title, slug, colour) and one SVG file per icon: a few hundred
// kilobytes of JSON instead of compiling its 5 MB index module, which held every path at once.
/** Every Simple Icon by slug (title and brand colour), loaded once. */
export const simpleIcons = lazy(() => {
  const data = JSON.parse(readFileSync(requirePackage.resolve('simple-icons/icons.json'), 'utf8')) as SimpleIcon[]
  return new Map(data.map((icon) => [icon.slug, icon]))
})

/** A Simple Icons brand logo by slug (`android`), with its brand colour, or undefined. */
export function simpleIcon(slug: string): IconData | undefined {
  // Only a slug the package lists names a file: the name never builds a path by itself.
  const icon = simpleIcons().get(slug)
  if (!icon) return undefined
  const svg = readFileSync(requirePackage.resolve(`simple-icons/icons/${icon.slug}.svg`), 'utf8')
  const drawing = / d="([^"]+)"/.exec(svg)?.[1]
  if (drawing === undefined) return undefined
  return {set: 'simple', viewBox: '0 0 24 24', paths: [drawing], title: icon.title, color: `#${icon.hex.toUpperCase()}`}
}
