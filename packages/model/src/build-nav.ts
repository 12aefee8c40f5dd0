import path from 'node:path'
import {diagnostic} from './diagnostic.js'
import type {NavConfigEntry} from './load-config.js'
import type {Diagnostic, NavItem} from './types.js'

/** Page facts the navigation needs. */
export interface NavPage {
  source: string
  url: string
  title: string
}

/**
 * The navigation: from the config's `nav` when there is one (entries pointing at missing
 * pages are reported), else every page in folder order with each folder's index first.
 */
export function buildNav(config: NavConfigEntry[] | null, pages: readonly NavPage[], configFile: string | null, diagnostics: Diagnostic[]): NavItem[] {
  const bySource = new Map(pages.map((p) => [p.source, p]))
  if (config === null) return folderNav(pages)
  const walk = (entries: NavConfigEntry[]): NavItem[] =>
    entries.flatMap((entry): NavItem[] => {
      if (entry.children !== null) return [{title: entry.title ?? '', children: walk(entry.children)}]
      const target = entry.target ?? ''
      if (/^[a-z][a-z\d+.-]*:/i.test(target)) return [{title: entry.title ?? target, url: target}]
      const page = bySource.get(path.posix.normalize(target))
      if (page === undefined) {
        diagnostics.push(diagnostic(configFile ?? '', {line: entry.line, column: entry.column}, 'warning', `nav names a page that does not exist: ${target}`, 'nav'))
        return []
      }
      return [{title: entry.title ?? page.title, page: page.source, url: page.url}]
    })
  return walk(config)
}

function folderNav(pages: readonly NavPage[]): NavItem[] {
  const root: NavItem[] = []
  const sections = new Map<string, NavItem[]>([['', root]])
  const sorted = [...pages].sort((a, b) => sortKey(a.source).localeCompare(sortKey(b.source)))
  for (const page of sorted) {
    const dirs = path.posix.dirname(page.source).split('/').filter((d) => d !== '.')
    let list = root
    let prefix = ''
    for (const dir of dirs) {
      prefix = prefix === '' ? dir : `${prefix}/${dir}`
      let section = sections.get(prefix)
      if (section === undefined) {
        section = []
        sections.set(prefix, section)
        list.push({title: dir.charAt(0).toUpperCase() + dir.slice(1).replace(/[-_]/g, ' '), children: section})
      }
      list = section
    }
    list.push({title: page.title, page: page.source, url: page.url})
  }
  return root
}

// Index pages come first in their folder.
function sortKey(source: string): string {
  return source.replace(/(^|\/)(index|readme)\.md$/i, '$1\u0000')
}
