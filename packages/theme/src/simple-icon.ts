import {lazy} from './lazy.js'
import {requirePackage} from './require-package.js'
import type {IconData} from './types.js'

interface SimpleIcon {
  title: string
  slug: string
  hex: string
  path: string
}

/** Every Simple Icon by slug, loaded once. */
export const simpleIcons = lazy(() => {
  const exports = requirePackage('simple-icons') as Record<string, SimpleIcon>
  return new Map(Object.values(exports).map((icon) => [icon.slug, icon]))
})

/** A Simple Icons brand logo by slug (`android`), with its brand colour, or undefined. */
export function simpleIcon(slug: string): IconData | undefined {
  const icon = simpleIcons().get(slug)
  if (!icon) return undefined
  return {set: 'simple', viewBox: '0 0 24 24', paths: [icon.path], title: icon.title, color: `#${icon.hex.toUpperCase()}`}
}
