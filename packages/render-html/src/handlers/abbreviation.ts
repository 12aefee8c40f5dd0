import {h} from 'hastscript'
import type {Abbreviation} from '@samizdat/mkdocs-markdown'
import type {ContextHandler} from './handler.js'

/** An abbreviation: `<abbr title="meaning">` (the title is text, escaped by the serializer). */
export const abbreviation: ContextHandler<Abbreviation> = (state, node) => {
  const result = h('abbr', {title: node.title}, state.all(node))
  state.patch(node, result)
  return state.applyData(node, result)
}

/** A definition (`*[X]: ...`) prints nothing where it stands: its meaning is on every `<abbr>`. */
export const abbreviationDefinition: ContextHandler<unknown> = () => undefined
