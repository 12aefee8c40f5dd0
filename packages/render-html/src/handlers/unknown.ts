import type {ElementContent} from 'hast'
import type {Nodes} from 'mdast'
import type {State} from 'mdast-util-to-hast'

/**
 * The explicit answer for a node type no handler knows (a newer bundle, a plugin's node):
 * keep its text readable (children, or a literal's value) and add no markup of its own,
 * so nothing unknown can ever become an element.
 */
export function unknown(state: State, node: Nodes): ElementContent | ElementContent[] | undefined {
  if ('children' in node) return state.all(node)
  if ('value' in node && typeof node.value === 'string') return {type: 'text', value: node.value}
  return undefined
}
