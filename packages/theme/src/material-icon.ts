import {lazy} from './lazy.js'
import {requirePackage} from './require-package.js'
import type {IconData} from './types.js'

const table = lazy(() => {
  const exports = requirePackage('@mdi/js') as Record<string, unknown>
  const icons = new Map<string, string>()
  for (const [key, path] of Object.entries(exports)) {
    if (key.startsWith('mdi') && typeof path === 'string') icons.set(key, path)
  }
  return icons
})

// MDI names are lowercase words and digits joined by hyphens; @mdi/js exports `mdi` + PascalCase of them.
const mdiName = /^[a-z\d]+(?:-[a-z\d]+)*$/

function exportName(name: string): string {
  return `mdi${name
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')}`
}

/** A Material Design Icon by its MkDocs name (`newspaper-check`), or undefined. */
export function materialIcon(name: string): IconData | undefined {
  if (!mdiName.test(name)) return undefined
  const path = table().get(exportName(name))
  if (path === undefined) return undefined
  return {set: 'material', viewBox: '0 0 24 24', paths: [path], title: name.replaceAll('-', ' '), color: null}
}
