import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Critic, CriticKind} from '@samizdat/mkdocs-markdown'
import type {ContextHandler} from './handler.js'

const tags: Record<Exclude<CriticKind, 'substitute'>, {tagName: string; className: string[]}> = {
  insert: {tagName: 'ins', className: ['critic']},
  delete: {tagName: 'del', className: ['critic']},
  highlight: {tagName: 'mark', className: ['critic']},
  comment: {tagName: 'span', className: ['critic', 'comment']}
}

/**
 * CriticMarkup as pymdownx.critic shows it (its "view" mode): `<ins class="critic">`,
 * `<del class="critic">`, `<mark class="critic">`, `<span class="critic comment">`; a
 * substitution is its deletion then its insertion.
 */
export const critic: ContextHandler<Critic> = (state, node) => {
  if (node.kind === 'substitute') return node.children.flatMap((part) => (part.type === 'critic' ? (critic(state, part, node, undefined as never) as ElementContent[] | ElementContent) : []))
  const {tagName, className} = tags[node.kind]
  const result: Element = h(tagName, {className}, state.all(node))
  state.patch(node, result)
  return state.applyData(node, result)
}
