import {lazy} from './lazy.js'
import {requirePackage} from './require-package.js'
import {simpleIcons} from './simple-icon.js'

const byTitle = lazy(() => new Map([...simpleIcons().values()].map((icon) => [icon.title.toLowerCase(), icon])))
const titleToSlug = lazy(() => (requirePackage('simple-icons/sdk') as {titleToSlug: (title: string) => string}).titleToSlug)

/** The Simple Icons brand colour (`#3B45FD`) of a product name (`Signal`, `session`) or slug, or null when unknown. */
export function brandColor(name: string): string | null {
  if (typeof name !== 'string') return null
  const icon = byTitle().get(name.trim().toLowerCase()) ?? simpleIcons().get(titleToSlug()(name.trim()))
  return icon ? `#${icon.hex.toUpperCase()}` : null
}
