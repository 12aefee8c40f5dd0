import type {Root} from 'mdast'
import type {Processor, Transformer} from 'unified'
import {limitDepth, maxDepth, type Flattened} from './mdast/limit-depth.js'

/**
 * Flatten content nested deeper than {@link maxDepth} levels as soon as the tree is built, and
 * report it once per page (rule `nesting-depth`). Use it before `remark-gfm` and any plugin
 * that walks the tree: their walks recurse, and a deep tree would overflow the stack.
 */
export function remarkLimitDepth(this: Processor): Transformer<Root, Root> {
  const flattened = new WeakMap<Root, Flattened>()
  const data = this.data()
  // A from-markdown transform runs inside `parse()`, before the transforms of extensions added later (GFM's).
  ;(data.fromMarkdownExtensions ??= []).push({
    transforms: [
      function (tree) {
        const found = limitDepth(tree)
        if (found !== null) flattened.set(tree, found)
      }
    ]
  })

  return function (tree, file) {
    // Some nesting is only built by later from-markdown transforms (`<div markdown>` elements
    // are paired and nested after this one ran: 2,700 of them overflowed the stack when
    // written back), so the tree is limited again before any other plugin walks it.
    const early = flattened.get(tree)
    const late = limitDepth(tree)
    const found = early !== undefined && late !== null ? {position: early.position, count: early.count + late.count} : (early ?? late ?? undefined)
    if (found === undefined) return
    const more = found.count > 1 ? ` (and ${found.count - 1} more place${found.count === 2 ? '' : 's'} on this page)` : ''
    file.message(`content nested deeper than ${maxDepth} levels is flattened here${more}: its text is kept, its structure beyond that depth is not; nest less deeply`, {
      place: found.position,
      ruleId: 'nesting-depth',
      source: 'mkdocs-markdown'
    })
  }
}
