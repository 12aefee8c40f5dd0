import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import type {DefList, DefListDescription, DefListTerm} from '@samizdat/mkdocs-markdown'
import type {ContextHandler} from './handler.js'

/** A definition list: `<dl>` with a `<dt>` per term and a `<dd>` per description. */
export const defList: ContextHandler<DefList> = (state, node) => {
  const result = h('dl', {}, state.all(node))
  state.patch(node, result)
  return state.applyData(node, result)
}

/** A term: `<dt>`. */
export const defListTerm: ContextHandler<DefListTerm> = (state, node) => {
  const result = h('dt', {}, state.all(node))
  state.patch(node, result)
  return state.applyData(node, result)
}

/**
 * A description: `<dd>`. A tight one (no blank line around it) holds its text directly, as a
 * tight list item does and as Python-Markdown writes it; a loose one keeps its paragraphs.
 */
export const defListDescription: ContextHandler<DefListDescription> = (state, node) => {
  const children: ElementContent[] = []
  for (const child of state.all(node)) {
    if (!node.spread && child.type === 'element' && child.tagName === 'p') children.push(...child.children)
    else children.push(child)
  }
  const result = h('dd', {}, children)
  state.patch(node, result)
  return state.applyData(node, result)
}
