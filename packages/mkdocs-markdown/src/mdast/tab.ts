import type {Extension as FromMarkdownExtension, Handle as FromMarkdownHandle} from 'mdast-util-from-markdown'
import type {Handle, Options as ToMarkdownExtension, State, Unsafe} from 'mdast-util-to-markdown'
import type {Nodes, Parents, Root} from 'mdast'
import type {Info} from 'mdast-util-to-markdown'
import {visit} from '../visit.js'
import type {Tab, TabLabel, TabSet} from '../types.js'
import {indentBody} from './indent-body.js'
import {listItemSpread} from './list-item-spread.js'
import '../micromark/tokens.js'

/** The marker of each tab as written, kept apart from the tree until the tabs are grouped. */
const markers = new WeakMap<Tab, string>()

/**
 * Extension for `mdast-util-from-markdown` that turns `mkdocsTab` tokens into `tab` nodes (the
 * label a `tabLabel` child) and groups consecutive tabs into `tabSet` nodes.
 */
export function mkdocsTabFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {mkdocsTab: enterTab, mkdocsTabLabel: enterLabel},
    exit: {mkdocsTab: exitNode, mkdocsTabMarker: exitMarker, mkdocsTabLabel: exitNode},
    transforms: [groupTabs, listItemSpread(['tabSet'])]
  }
}

/** Extension for `mdast-util-to-markdown` that writes `tabSet` nodes back as `=== "Label"` blocks. */
export function mkdocsTabToMarkdown(): ToMarkdownExtension {
  return {handlers: {tabSet, tab, tabLabel}, unsafe: markerUnsafe}
}

// A paragraph line that starts like a tab's opening line would open a tab (even mid-paragraph).
const markerUnsafe: Unsafe[] = [{character: '=', atBreak: true, after: '==[+!]{0,2} +"'}]

const enterTab: FromMarkdownHandle = function (token) {
  this.enter({type: 'tab', children: []}, token)
}

const enterLabel: FromMarkdownHandle = function (token) {
  this.enter({type: 'tabLabel', children: []}, token)
}

const exitNode: FromMarkdownHandle = function (token) {
  this.exit(token)
}

const exitMarker: FromMarkdownHandle = function (token) {
  const node = this.stack[this.stack.length - 1]
  if (node?.type !== 'tab') throw new Error('Expected a tab on the stack: is the micromark extension `mkdocsTab()` paired with `mkdocsTabFromMarkdown()`?')
  markers.set(node, this.sliceSerialize(token))
}

/**
 * Group consecutive tabs into sets, as pymdownx.tabbed does: a tab joins the set right before
 * it unless its marker has `!`; the set shows the last tab marked `+`, else its first.
 */
function groupTabs(tree: Root): undefined {
  visit(tree, function (node) {
    if (node.type === 'tabSet' || !('children' in node) || !node.children.some((child) => child.type === 'tab')) return
    const children: Nodes[] = []
    for (const child of node.children as Nodes[]) {
      if (child.type !== 'tab') {
        children.push(child)
        continue
      }
      const marker = markers.get(child) ?? '==='
      const last = children[children.length - 1]
      let set: TabSet
      if (last?.type === 'tabSet' && !marker.includes('!')) {
        set = last
        set.children.push(child)
        if (set.position?.end && child.position?.end) set.position.end = child.position.end
      } else {
        set = {type: 'tabSet', selected: 0, children: [child]}
        if (child.position) set.position = {start: child.position.start, end: child.position.end}
        children.push(set)
      }
      if (marker.includes('+')) set.selected = set.children.length - 1
    }
    ;(node as Parents).children = children as never
  })
  return undefined
}

const tabSet: Handle = function (node: TabSet, parent, state, info) {
  // A set right after another set would join it when read back: `===!` keeps them apart.
  const index = parent ? (parent.children as Nodes[]).indexOf(node) : -1
  const newSet = index > 0 && parent?.children[index - 1]?.type === 'tabSet'
  const exit = state.enter('tabSet')
  const value = node.children
    .map((child, i) => {
      const marker = '===' + (i === node.selected && i > 0 ? '+' : '') + (i === 0 && newSet ? '!' : '')
      return writeTab(child, marker, state, info)
    })
    .join('\n\n')
  exit()
  return value
}

const tab: Handle = function (node: Tab, _, state, info) {
  return writeTab(node, '===', state, info)
}

const tabLabel: Handle = function (node: TabLabel, _, state, info) {
  return state.containerPhrasing(node, info)
}

/** One tab: `=== "Label"`, then its body indented by four spaces. */
function writeTab(node: Tab, marker: string, state: State, info: Info): string {
  const tracker = state.createTracker(info)
  const [first, ...rest] = node.children
  const body = first?.type === 'tabLabel' ? rest : node.children
  const exit = state.enter('tabLabel')
  let value = tracker.move(marker + ' "')
  if (first?.type === 'tabLabel') value += tracker.move(state.containerPhrasing(first, {...tracker.current(), before: '"', after: '"'}))
  value += tracker.move('"')
  exit()
  if (body.length > 0) {
    tracker.shift(4)
    value += tracker.move('\n' + state.indentLines(state.containerFlow({...node, children: body} as never, tracker.current()), indentBody))
  }
  return value
}
