import type {ElementContent} from 'hast'
import type {Parents} from 'mdast'
import type {State} from 'mdast-util-to-hast'
import type {RenderContext} from '../types.js'

/** A node handler that also knows which page it is writing (for relative links, recommendations). */
export type ContextHandler<Node> = (
  state: State,
  node: Node,
  parent: Parents | undefined,
  context: RenderContext
) => ElementContent | ElementContent[] | undefined
