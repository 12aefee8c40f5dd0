import type {Nodes, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visitParents} from '../visit.js'
// Declares `data.hProperties`, where the model puts heading ids.
import type {} from 'mdast-util-to-hast'

/** pymdownx.tabbed's options that decide the ids of tabs. */
export interface TabIdOptions {
  /** `slugify`: the tab's id is its label's text through this function, not `__tabbed_<set>_<n>`. */
  slugify?: ((text: string, separator: string) => string) | undefined
  /** `combine_header_slug`: with `slugify`, prefix the id with the id of the heading the set sits under. */
  combineHeaderSlug?: boolean | undefined
  /** `separator` between that heading's id and the slug; default `-`. */
  separator?: string | undefined
}

/**
 * Name every tab set of a page and give every tab its id, as pymdownx.tabbed does: sets are
 * numbered in document order, outer before inner (`data.name` is `__tabbed_<set>`, the radio
 * group), and tabs are `__tabbed_<set>_<n>` (`data.id`), or slugs of their labels with
 * `options.slugify`, made unique against `used` (the page's other ids), which the new ids join.
 * The one place tab ids are made: the model indexes them as anchors, renderers only read them.
 */
export function assignTabIds(tree: Root, used: Set<string>, options: TabIdOptions = {}): void {
  const separator = options.separator ?? '-'
  let sets = 0
  visitParents(tree, 'tabSet', function (set, ancestors) {
    sets++
    set.data = {...set.data, name: `__tabbed_${sets}`}
    const prefix = options.slugify && options.combineHeaderSlug ? headingAbove(set, ancestors) : ''
    set.children.forEach(function (tab, index) {
      let id = `__tabbed_${sets}_${index + 1}`
      if (options.slugify) {
        const label = tab.children[0]?.type === 'tabLabel' ? toString(tab.children[0]) : ''
        const slug = options.slugify(label, separator)
        id = unique(prefix ? prefix + separator + slug : slug, used)
      }
      used.add(id)
      tab.data = {...tab.data, id}
    })
  })
}

/** The id of the nearest heading before the set, in its parent or an ancestor's (pymdownx's rule). */
function headingAbove(node: Nodes, ancestors: Nodes[]): string {
  let branch = node
  for (let depth = ancestors.length - 1; depth >= 0; depth--) {
    const parent = ancestors[depth]!
    if (!('children' in parent)) continue
    const siblings = parent.children as Nodes[]
    for (let index = siblings.indexOf(branch) - 1; index >= 0; index--) {
      const sibling = siblings[index]!
      if (sibling.type === 'heading') return sibling.data?.hProperties?.['id']?.toString() ?? ''
    }
    branch = parent
  }
  return ''
}

/** Python-Markdown's `toc.unique`: `id`, else `id_1`, `id_2`, ... whichever is free. */
function unique(id: string, used: ReadonlySet<string>): string {
  let candidate = id
  while (candidate === '' || used.has(candidate)) {
    const match = /^(.*)_(\d+)$/.exec(candidate)
    candidate = match ? `${match[1]}_${Number(match[2]) + 1}` : `${candidate}_1`
  }
  return candidate
}
