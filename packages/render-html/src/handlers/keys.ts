import {h} from 'hastscript'
import type {ElementContent} from 'hast'
import type {Keys} from '@samizdat/mkdocs-markdown'
import type {ContextHandler} from './handler.js'

/**
 * `++ctrl+alt+del++` as pymdownx.keys and Material write it:
 * `<span class="keys"><kbd class="key-control">Ctrl</kbd><span>+</span>…</span>`.
 * Labels are text, and a key's class comes from the key map only, never from the page.
 */
export const keys: ContextHandler<Keys> = (state, node) => {
  const children: ElementContent[] = []
  node.keys.forEach((key, index) => {
    if (index > 0) children.push(h('span', {}, '+'))
    children.push(h('kbd', key.name === null ? {} : {className: [`key-${key.name}`]}, key.label))
  })
  const result = h('span', {className: ['keys']}, children)
  state.patch(node, result)
  return state.applyData(node, result)
}
