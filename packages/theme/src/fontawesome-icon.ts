import {lazy} from './lazy.js'
import {requirePackage} from './require-package.js'
import type {IconData} from './types.js'

type IconDefinition = {iconName: string; icon: [number, number, Array<string | number>, string, string | string[]]}

const packages = {
  brands: '@fortawesome/free-brands-svg-icons',
  solid: '@fortawesome/free-solid-svg-icons',
  regular: '@fortawesome/free-regular-svg-icons'
} as const

function load(style: keyof typeof packages) {
  return lazy(() => {
    const exports = requirePackage(packages[style]) as Record<string, unknown>
    const icons = new Map<string, IconDefinition>()
    for (const value of Object.values(exports)) {
      if (typeof value !== 'object' || value === null || !('icon' in value)) continue
      const definition = value as IconDefinition
      icons.set(definition.iconName, definition)
      // Old names (`home` for `house`) live among the ligatures; MkDocs Material's own files use the new ones.
      for (const alias of definition.icon[2]) if (typeof alias === 'string' && !icons.has(alias)) icons.set(alias, definition)
    }
    return icons
  })
}

const tables = {brands: load('brands'), solid: load('solid'), regular: load('regular')}

/** A Font Awesome Free icon by its MkDocs name (`brands-github`, `solid-house`), or undefined. */
export function fontawesomeIcon(name: string): IconData | undefined {
  const match = /^(brands|solid|regular)-(.+)$/.exec(name)
  if (!match?.[1] || !match[2]) return undefined
  const definition = tables[match[1] as keyof typeof tables]().get(match[2])
  if (!definition) return undefined
  const [width, height, , , pathOrPaths] = definition.icon
  return {
    set: 'fontawesome',
    viewBox: `0 0 ${width} ${height}`,
    // Duotone icons give [secondary, primary]; Free has none, but an empty layer must not become a path.
    paths: (Array.isArray(pathOrPaths) ? pathOrPaths : [pathOrPaths]).filter((path) => path !== ''),
    title: definition.iconName.replaceAll('-', ' '),
    color: null
  }
}
