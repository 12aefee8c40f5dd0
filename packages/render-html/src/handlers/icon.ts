import {h} from 'hastscript'
import type {Icon} from '@samizdat/mkdocs-markdown'
import {iconElement} from '../components/icon.js'
import type {ContextHandler} from './handler.js'

/**
 * `:material-name:` as inline SVG from `bundle.icons`. An icon the model could not
 * resolve stays as the shortcode text, as Material for MkDocs leaves it, so the
 * sentence around it still reads.
 */
export const icon: ContextHandler<Icon> = (state, node, _parent, context) => {
  const data = Object.hasOwn(context.bundle.icons, node.name) ? context.bundle.icons[node.name] : undefined
  const result = data
    ? iconElement(data)
    : h('span', {className: ['icon-unknown']}, `:${node.name}:`)
  state.patch(node, result)
  return state.applyData(node, result)
}
