import type {AttributeList} from '@samizdat/mkdocs-markdown'
import type {ContextHandler} from './handler.js'

/** An attribute list the parser could not attach to anything shows as the text it was. */
export const attributeList: ContextHandler<AttributeList> = (state, node) => {
  const text = {type: 'text', value: `{${node.value}}`} as const
  state.patch(node, text)
  return state.applyData(node, text)
}
