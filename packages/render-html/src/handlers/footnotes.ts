import type {Element, ElementContent, Root as HastRoot} from 'hast'
import {h} from 'hastscript'
import type {FootnoteDefinition, FootnoteReference, Root} from 'mdast'
import {defaultHandlers, type State} from 'mdast-util-to-hast'
import {visit} from '@samizdat/mkdocs-markdown/visit'
import type {RenderContext} from '../types.js'
import type {ContextHandler} from './handler.js'
import {fill} from '@samizdat/messages'

/**
 * A footnote reference in Python-Markdown's markup, which Material's styles and links into
 * migrated pages expect: `<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>`.
 * Numbers and ids come from the model (`assignFootnoteIds`).
 */
export const footnoteReference: ContextHandler<FootnoteReference> = (state, node) => {
  const label = node.label ?? node.identifier
  const result = h('sup', {id: node.data?.id ?? `fnref:${label}`}, [
    h('a', {className: ['footnote-ref'], href: `#fn:${label}`}, String(node.data?.number ?? label))
  ])
  state.patch(node, result)
  return result
}

/** A footnote's text is not printed where it is written: {@link root} gathers them at the end. */
export const footnoteDefinition: ContextHandler<FootnoteDefinition> = () => undefined

/** The page: its content, then its footnotes. */
export const root: ContextHandler<Root> = (state, node, parent, context) => {
  const result = defaultHandlers.root(state, node) as unknown as HastRoot
  const notes = footnotes(state, node, context)
  if (notes) result.children.push(notes)
  return result as never
}

/**
 * The footnotes at the end of the page, as Python-Markdown writes them: `<div class="footnote">`,
 * a rule, and an `<ol>` of `<li id="fn:1">`, in the order of their definitions, each ending with
 * a link back to every reference (`↩`, titled "Jump back to footnote 1 in the text").
 */
function footnotes(state: State, tree: Root, context: RenderContext): Element | undefined {
  const definitions: FootnoteDefinition[] = []
  visit(tree, 'footnoteDefinition', (definition) => {
    if (definition.data?.number !== undefined) definitions.push(definition)
  })
  if (definitions.length === 0) return undefined
  const items = definitions.map((definition) => {
    const number = definition.data?.number ?? 0
    const title = fill(context.strings.footnoteBack, {number})
    const back = (definition.data?.references ?? []).map((id) =>
      h('a', {className: ['footnote-backref'], href: `#${id}`, title, ariaLabel: title}, '↩')
    )
    const content = state.all(definition) as ElementContent[]
    const last = content.findLast((child) => child.type === 'element')
    const links: ElementContent[] = back.flatMap((link) => [{type: 'text', value: '\u00A0'}, link])
    if (back.length > 0 && last?.type === 'element' && last.tagName === 'p') last.children.push(...links)
    else if (back.length > 0) content.push(h('p', {}, links.slice(1)))
    return h('li', {id: definition.data?.id ?? `fn:${definition.label ?? definition.identifier}`}, state.wrap(content, true))
  })
  return h('div', {className: ['footnote'], role: 'doc-endnotes', ariaLabel: context.strings.footnotes}, [h('hr'), h('ol', {}, state.wrap(items, true))])
}
