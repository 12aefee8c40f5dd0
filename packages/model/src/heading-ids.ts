import type {Root} from 'mdast'
import {visit} from '@samizdat/mkdocs-markdown/visit'
import {assignFootnoteIds, assignTabIds, type TabIdOptions} from '@samizdat/mkdocs-markdown/tree'
// Declares `data.hProperties`, which mdast-util-to-hast reads: headings carry their id to HTML.
import type {} from 'mdast-util-to-hast'
import {headingText} from './heading-text.js'
import {defaultSlugify, slugifier, uniqueId, type Slugify} from './slugify.js'
import type {TocEntry} from './types.js'

/** How a page's anchors are made: the project's `toc` settings. */
export interface AnchorOptions {
  /** `toc`'s `slugify`. Default: Python-Markdown's. */
  slugify?: Slugify
  /** `toc`'s `separator`. Default: `-`. */
  separator?: string
  /** Heading levels the table of contents lists (`toc_depth`), inclusive. Default: all. */
  depth?: readonly [number, number]
  /** `pymdownx.tabbed`'s id settings. Default: `__tabbed_SET_TAB` ids. */
  tabs?: TabIdOptions
}

const fallback = slugifier(defaultSlugify)

/**
 * Give every heading the id MkDocs gives it, and return the table of contents and every id
 * of the page. As Python-Markdown's `toc` does: ids already set (`{ #id }` on any element)
 * are taken first; each other heading gets the slug of its text (see `headingText`), made
 * unique with `_1`, `_2`, ... in document order (an empty slug is `_1`); a `data-toc-label`
 * replaces its text in the table of contents. Content tabs and footnotes then get their ids
 * (pymdownx.tabbed's, with the project's settings; Python-Markdown's `fn:1`, `fnref:1`),
 * since links may point at those too.
 */
export function headingIds(tree: Root, options: AnchorOptions = {}): {toc: TocEntry[]; ids: Set<string>} {
  const slugify = options.slugify ?? fallback
  const separator = options.separator ?? '-'
  const [top, bottom] = options.depth ?? [1, 6]
  const used = new Set<string>()
  const toc: TocEntry[] = []
  visit(tree, (node) => {
    const id = node.data?.attributes?.id
    if (id !== undefined) used.add(id)
  })
  visit(tree, 'heading', (heading) => {
    const text = headingText(heading)
    const id = heading.data?.attributes?.id ?? uniqueId(slugify(text, separator), used)
    heading.data = {...heading.data, id, hProperties: {...heading.data?.hProperties, id}}
    const label = heading.data.attributes?.data?.['data-toc-label']?.trim()
    if (heading.depth >= top && heading.depth <= bottom) toc.push({depth: heading.depth, text: label || text, id})
  })
  // A tab's id can build on the heading above it (pymdownx.tabbed runs after toc).
  assignTabIds(tree, used, options.tabs)
  assignFootnoteIds(tree, used)
  return {toc, ids: used}
}
