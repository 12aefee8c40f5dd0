import {fontawesomeIcon} from './fontawesome-icon.js'
import {materialIcon} from './material-icon.js'
import {octicon} from './octicon.js'
import {simpleIcon} from './simple-icon.js'
import type {CustomIcons, IconData} from './types.js'

const sets: Record<string, (name: string) => IconData | undefined> = {
  material: materialIcon,
  octicons: octicon,
  simple: simpleIcon,
  fontawesome: fontawesomeIcon
}

/**
 * Resolve a MkDocs Material shortcode name without colons (`material-newspaper-check`,
 * `octicons-home-24`, `simple-android`, `fontawesome-brands-github`, or a custom `<set>-<name>`).
 * Only map look-ups: a name never becomes a file path. Custom icons win, as in MkDocs, so a content
 * folder can replace a bundled icon. Unknown names give undefined.
 */
export function resolveIcon(name: string, custom?: CustomIcons): IconData | undefined {
  if (typeof name !== 'string') return undefined
  const own = custom?.get(name)
  if (own) return own
  const dash = name.indexOf('-')
  if (dash < 1) return undefined
  const set = name.slice(0, dash)
  return Object.hasOwn(sets, set) ? sets[set]?.(name.slice(dash + 1)) : undefined
}
