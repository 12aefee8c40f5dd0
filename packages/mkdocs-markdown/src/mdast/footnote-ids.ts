import type {FootnoteDefinition, Root} from 'mdast'
import {visit} from '../visit.js'

/**
 * Number the footnotes of a page and give them Python-Markdown's ids, which links into
 * migrated pages use: footnotes are numbered in the order of their definitions; a definition
 * is `fn:<label>`, the first reference to it `fnref:<label>`, later ones `fnref2:<label>`,
 * `fnref3:<label>`... (`data.id`, `data.number`; a definition's `data.references` lists the ids
 * of its references, for the links back). Every id joins `used`, the page's anchors.
 */
export function assignFootnoteIds(tree: Root, used: Set<string>): void {
  const definitions = new Map<string, FootnoteDefinition>()
  visit(tree, 'footnoteDefinition', function (definition) {
    // As in GFM, the first definition of a label is the one references use.
    if (definitions.has(definition.identifier)) return
    definitions.set(definition.identifier, definition)
    const id = `fn:${definition.label ?? definition.identifier}`
    used.add(id)
    definition.data = {...definition.data, id, number: definitions.size, references: []}
  })
  visit(tree, 'footnoteReference', function (reference) {
    const definition = definitions.get(reference.identifier)
    const references = definition?.data?.references
    if (!definition || !references) return
    const count = references.length + 1
    const id = `fnref${count === 1 ? '' : count}:${definition.label ?? definition.identifier}`
    references.push(id)
    used.add(id)
    reference.data = {...reference.data, id, number: definition.data?.number ?? 0}
  })
}
