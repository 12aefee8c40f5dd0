import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Root} from 'mdast'
import type {Tab, TabLabel, TabSet} from '@samizdat/mkdocs-markdown'
import type {ContextHandler} from './handler.js'

/**
 * Content tabs in Material for MkDocs' alternate markup, working without JavaScript: one radio
 * input per tab (first, so the stylesheet can pair the n-th input with the n-th label and
 * block), then `div.tabbed-labels` with a `label for` each input, then `div.tabbed-content`
 * with a `div.tabbed-block` per tab. The radios are one group (`name`), so arrow keys switch
 * tabs, and each is named by its label. Ids come from the model (`assignTabIds`).
 */
export const tabSet: ContextHandler<TabSet> = (state, node) => {
  const name = node.data?.name ?? ''
  const inputs: Element[] = []
  const labels: Element[] = []
  const blocks: Element[] = []
  node.children.forEach((tab, index) => {
    const id = tab.data?.id ?? `${name}_${index + 1}`
    const [label, ...body] = splitTab(tab)
    inputs.push(h('input', {type: 'radio', name, id, checked: index === node.selected}))
    labels.push(h('label', {htmlFor: id}, label ? state.all(label) : []))
    blocks.push(h('div', {className: ['tabbed-block']}, state.all({type: 'root', children: body} as Root)))
  })
  const result = h('div', {className: ['tabbed-set', 'tabbed-alternate']}, [
    ...inputs,
    h('div', {className: ['tabbed-labels']}, labels),
    h('div', {className: ['tabbed-content']}, blocks)
  ])
  state.patch(node, result)
  return state.applyData(node, result)
}

/** A tab met outside a set (a tree not made by the dialect): its label as a paragraph, then its body. */
export const tab: ContextHandler<Tab> = (state, node) => {
  const [label, ...body] = splitTab(node)
  return [...(label ? [h('p', {}, state.all(label))] : []), ...(state.all({type: 'root', children: body} as Root) as ElementContent[])]
}

/** A label met outside its tab: its text. */
export const tabLabel: ContextHandler<TabLabel> = (state, node) => state.all(node)

/** A tab's label (if it has one) and its body. */
function splitTab(tab: Tab): [TabLabel | undefined, ...Tab['children']] {
  const [first, ...rest] = tab.children
  return first?.type === 'tabLabel' ? [first, ...rest] : [undefined, ...tab.children]
}
