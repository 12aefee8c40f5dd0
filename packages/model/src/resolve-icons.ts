import type {Root} from 'mdast'
import {visit} from '@samizdat/mkdocs-markdown/visit'
import {resolveIcon, type CustomIcons, type IconData} from '@samizdat/theme'
import {diagnostic} from './diagnostic.js'
import type {Diagnostic} from './types.js'

/**
 * Resolve every icon shortcode of a page into `icons` (shared across pages) and warn,
 * at the shortcode, about names no icon set knows. The text around it stays as written.
 */
export function resolveIcons(tree: Root, file: string, custom: CustomIcons, icons: Record<string, IconData>, diagnostics: Diagnostic[]): void {
  visit(tree, 'icon', (node) => {
    if (!addIcon(node.name, custom, icons)) {
      diagnostics.push(diagnostic(file, node.position, 'warning', `unknown icon :${node.name}:; check the name at the icon set's site or add it to the content's icons folder`, 'icon-unknown'))
    }
  })
}

/** Put the icon called `name` into `icons` if it resolves; says whether it did. */
export function addIcon(name: string, custom: CustomIcons, icons: Record<string, IconData>): boolean {
  if (Object.hasOwn(icons, name)) return true
  const icon = resolveIcon(name, custom)
  if (icon === undefined) return false
  icons[name] = icon
  return true
}
