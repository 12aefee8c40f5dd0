import {lazy} from './lazy.js'
import {requirePackage} from './require-package.js'
import type {IconData} from './types.js'

interface OcticonNode {
  name: string
  attributes: Record<string, string>
  children: OcticonNode[]
}

interface Octicon {
  name: string
  heights: Record<string, {width: number; ast: OcticonNode}>
}

const table = lazy(() => {
  const data = requirePackage('@primer/octicons/build/data.json') as Record<string, Octicon>
  return new Map(Object.values(data).map((icon) => [icon.name, icon]))
})

/** An Octicon by its MkDocs name with the height (`home-24`, `mark-github-16`), or undefined. */
export function octicon(name: string): IconData | undefined {
  const match = /^(.+)-(\d+)$/.exec(name)
  if (!match?.[1] || !match[2]) return undefined
  const icon = table().get(match[1])
  // Own-property check: `heights` is a plain object from JSON.
  const size = icon && Object.hasOwn(icon.heights, match[2]) ? icon.heights[match[2]] : undefined
  if (!icon || !size) return undefined
  // The package's AST holds only <path> children today; anything else would be dropped, not drawn wrong.
  const paths = size.ast.children.filter((child) => child.name === 'path' && typeof child.attributes['d'] === 'string')
  const fillRules = paths.map((path): 'evenodd' | 'nonzero' => (path.attributes['fillRule'] === 'evenodd' ? 'evenodd' : 'nonzero'))
  return {
    set: 'octicons',
    viewBox: size.ast.attributes['viewBox'] ?? `0 0 ${size.width} ${match[2]}`,
    paths: paths.map((path) => path.attributes['d'] ?? ''),
    title: match[1].replaceAll('-', ' '),
    color: null,
    ...(fillRules.includes('evenodd') ? {fillRules} : {})
  }
}
