import type {Element, ElementContent} from 'hast'
import type {Parents, PhrasingContent} from 'mdast'
import type {State} from 'mdast-util-to-hast'
import type {RenderContext} from '../types.js'

/** A node handler that also knows which page it is writing (for relative links, recommendations). */
export type ContextHandler<Node> = (
  state: State,
  node: Node,
  parent: Parents | undefined,
  context: RenderContext
) => ElementContent | ElementContent[] | undefined

/** A handler that wraps a node's children in one element (`mark` → `<mark>`). */
export function wrapIn(tagName: string): ContextHandler<Parents & {children: PhrasingContent[]}> {
  return (state, node) => {
    const result: Element = {type: 'element', tagName, properties: {}, children: state.all(node)}
    state.patch(node, result)
    return state.applyData(node, result)
  }
}
