import {readFileSync} from 'node:fs'
import path from 'node:path'
import {lazy} from './lazy.js'
import {requirePackage} from './require-package.js'
import type {IconData} from './types.js'

// @mdi/js's module is nothing but `export var mdiName = "path";` lines: reading them as text
// takes a few milliseconds, compiling the 2.8 MB module a few hundred. Should the file ever
// look different, the package is loaded as a module after all.
const declaration = /^export var (mdi\w+) = "([^"]*)";$/gm

const table = lazy(() => {
  const icons = new Map<string, string>()
  const source = readFileSync(path.join(path.dirname(requirePackage.resolve('@mdi/js/package.json')), 'mdi.js'), 'utf8')
  for (const [, key, drawing] of source.matchAll(declaration)) icons.set(key!, drawing!)
  if (icons.size > 0) return icons
  const exports = requirePackage('@mdi/js') as Record<string, unknown>
  for (const [key, drawing] of Object.entries(exports)) {
    if (key.startsWith('mdi') && typeof drawing === 'string') icons.set(key, drawing)
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
  const drawing = table().get(exportName(name))
  if (drawing === undefined) return undefined
  return {set: 'material', viewBox: '0 0 24 24', paths: [drawing], title: name.replaceAll('-', ' '), color: null}
}
