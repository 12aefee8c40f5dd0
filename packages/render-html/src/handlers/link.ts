import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Link, LinkReference, Nodes} from 'mdast'
import type {State} from 'mdast-util-to-hast'
import {externalRel, resolvedOf} from '../resolved.js'
import type {RenderContext} from '../types.js'
import type {ContextHandler} from './handler.js'

/** A link, made relative when it stays on the site; a missing target keeps only its text. */
export const link: ContextHandler<Link> = (state, node, _parent, context) =>
  anchor(state, node, node.url, node.title ?? null, context)

/** `[text][ref]`: the definition's URL, judged like any link. */
export const linkReference: ContextHandler<LinkReference> = (state, node, _parent, context) => {
  const definition = state.definitionById.get(node.identifier.toUpperCase())
  if (!definition) return [{type: 'text', value: '['}, ...state.all(node), {type: 'text', value: ']'}]
  const resolved = (definition.data as {resolved?: unknown} | undefined)?.resolved
  const source = resolved ? ({...node, data: {...node.data, resolved}} as Nodes) : node
  return anchor(state, source, definition.url, definition.title ?? null, context)
}

function anchor(state: State, node: Nodes, url: string, title: string | null, context: RenderContext): Element {
  const children: ElementContent[] = 'children' in node ? state.all(node) : []
  const target = resolvedOf(node, url, context.url)
  let result: Element
  if (target.kind === 'missing') {
    // No dead links: the reader sees the words, marked, and the build log names the target.
    result = h('span', {className: ['link-missing'], title: context.strings.missingLink}, children)
  } else if (target.kind === 'external') {
    result = h('a', {href: target.href, rel: externalRel, title}, children)
  } else {
    result = h('a', {href: context.href(target.href), title}, children)
  }
  state.patch(node, result)
  const applied = state.applyData(node, result)
  // The author's classes join ours: a missing target stays marked, and a button to it looks missing.
  if (target.kind === 'missing' && applied.type === 'element') {
    const classes = node.data?.attributes?.classes ?? []
    applied.properties.className = ['link-missing', ...classes, ...(classes.includes('md-button') ? ['md-button--missing'] : [])]
  }
  // An author's `rel` (attribute list) adds to, never replaces, what a link leaving the site needs.
  if (target.kind === 'external' && applied.type === 'element') {
    const rel: unknown = applied.properties.rel
    const authored = Array.isArray(rel) ? rel.map(String) : []
    applied.properties.rel = [...new Set([...authored, ...externalRel])]
  }
  return applied
}
