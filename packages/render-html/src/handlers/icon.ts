import {h} from 'hastscript'
import type {Icon} from '@samizdat/mkdocs-markdown'
import {iconElement} from '../components/icon.js'
import type {ContextHandler} from './handler.js'

/**
 * `:material-name:` as inline SVG from `bundle.icons`. An icon the model could not
 * resolve stays as the shortcode text, as Material for MkDocs leaves it, so the
 * sentence around it still reads. An attribute list's classes (`:material-check:{ .lg .middle }`,
 * a colour class) join `twemoji` on the wrapper, as Material puts them; a `title` also names the
 * icon for screen readers, since it then says something the text beside it does not.
 */
export const icon: ContextHandler<Icon> = (state, node, _parent, context) => {
  const data = Object.hasOwn(context.bundle.icons, node.name) ? context.bundle.icons[node.name] : undefined
  const base = data ? 'twemoji' : 'icon-unknown'
  const result = data
    ? iconElement(data)
    : h('span', {className: [base]}, `:${node.name}:`)
  state.patch(node, result)
  const applied = state.applyData(node, result)
  if (applied.type === 'element') {
    applied.properties.className = [base, ...(node.data?.attributes?.classes ?? [])]
    const title = node.data?.attributes?.title
    if (data && title) Object.assign(applied.properties, {role: 'img', ariaLabel: title})
  }
  return applied
}
