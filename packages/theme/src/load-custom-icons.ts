import type {Dirent} from 'node:fs'
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {parseIconSvg} from './parse-icon-svg.js'
import type {CustomIcons, IconData} from './types.js'

/** A custom icon file that was left out, and why. */
export interface CustomIconProblem {
  file: string
  message: string
}

/** Custom icons larger than this are surely not icons (or carry embedded images). */
const maxBytes = 256 * 1024
const segment = /^[a-z\d][a-z\d_-]*$/

/**
 * Scan `dir/<set>/<name>.svg` once (MkDocs Material's `overrides/.icons`: shortcode `:<set>-<name>:`;
 * deeper folders join with `-`). Returns the usable icons by shortcode name, and a problem with a fix
 * for each file left out. A missing folder is no problem: most sites have no custom icons.
 */
export async function loadCustomIcons(dir: string): Promise<{icons: CustomIcons; problems: CustomIconProblem[]}> {
  const icons = new Map<string, IconData>()
  const problems: CustomIconProblem[] = []
  await scan(dir, [])
  return {icons, problems}

  async function scan(folder: string, prefix: string[]): Promise<void> {
    let entries: Dirent[]
    try {
      entries = await readdir(folder, {withFileTypes: true})
    } catch (error) {
      if (prefix.length === 0 && (error as NodeJS.ErrnoException).code === 'ENOENT') return
      throw error
    }
    // Sorted, so which of two clashing files wins does not depend on the file system.
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const file = join(folder, entry.name)
      // Symbolic links are not followed: the icons must live inside the content folder.
      if (entry.isDirectory()) {
        if (!segment.test(entry.name)) problems.push({file, message: `folder name \`${entry.name}\` cannot be part of a shortcode; use lowercase letters, digits, - and _`})
        else await scan(file, [...prefix, entry.name])
        continue
      }
      if (!entry.isFile() || !entry.name.endsWith('.svg')) continue
      const base = entry.name.slice(0, -'.svg'.length)
      if (!segment.test(base)) {
        problems.push({file, message: `file name \`${entry.name}\` cannot be a shortcode; use lowercase letters, digits, - and _`})
        continue
      }
      const name = [...prefix, base].join('-')
      const problem = await add(file, name, base)
      if (problem) problems.push({file, message: problem})
    }
  }

  async function add(file: string, name: string, base: string): Promise<string | undefined> {
    if (icons.has(name)) return `shortcode :${name}: is already taken by another file; rename one of them`
    const bytes = await readFile(file)
    if (bytes.length > maxBytes) return `${bytes.length} bytes is too large for an icon (limit ${maxBytes}); simplify it or use an image`
    const parsed = parseIconSvg(bytes.toString('utf8'))
    if ('problem' in parsed) return parsed.problem
    const icon: IconData = {set: 'custom', viewBox: parsed.viewBox, paths: parsed.paths, title: base.replaceAll(/[-_]/g, ' '), color: null}
    if (parsed.fillRules.includes('evenodd')) icon.fillRules = parsed.fillRules
    icons.set(name, icon)
    return undefined
  }
}
