import GithubSlugger from 'github-slugger'
import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import {assignFootnoteIds, assignTabIds} from '@samizdat/mkdocs-markdown'
// Declares `data.hProperties`, which mdast-util-to-hast reads: headings carry their id to HTML.
import type {} from 'mdast-util-to-hast'
import type {TocEntry} from './types.js'

/**
 * Give every heading an id (an explicit `{ #id }` wins, else a GitHub-style slug that keeps
 * Cyrillic, as pymdownx's unicode slugify does) and return the table of contents, where a
 * `data-toc-label` replaces the heading's text. Raw HTML in a heading (`<small>`) counts for its
 * text, not its tags. Also collects every other explicit id, and gives content tabs and footnotes
 * theirs, since links may point at those too.
 */
export function headingIds(tree: Root): {toc: TocEntry[]; ids: Set<string>} {
  const slugger = new GithubSlugger()
  const toc: TocEntry[] = []
  const ids = new Set<string>()
  // Reserve explicit ids first so generated ones never take them.
  visit(tree, (node) => {
    const id = node.data?.attributes?.id
    if (id !== undefined) {
      ids.add(id)
      slugger.occurrences[id] = 1
    }
  })
  visit(tree, 'heading', (heading) => {
    const text = toString(heading, {includeHtml: false}).trim()
    const id = heading.data?.attributes?.id ?? (slugger.slug(text) || 'section')
    ids.add(id)
    heading.data = {...heading.data, id, hProperties: {...heading.data?.hProperties, id}}
    const label = heading.data.attributes?.data?.['data-toc-label']?.trim()
    toc.push({depth: heading.depth, text: label || text, id})
  })
  // Content tabs and footnotes have anchors too (`#__tabbed_1_2`, `#fn:1`); theirs come after
  // the headings', since a tab's id can build on the heading above it.
  assignTabIds(tree, ids)
  assignFootnoteIds(tree, ids)
  return {toc, ids}
}
