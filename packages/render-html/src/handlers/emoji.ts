import type {Emoji} from '@samizdat/mkdocs-markdown'
import {emojiGraphic} from '@samizdat/theme'
import {iconElement} from '../components/icon.js'
import type {ContextHandler} from './handler.js'

/**
 * `:tada:` as Material inlines it: the Twemoji picture as SVG in `<span class="twemoji">`,
 * named for screen readers by the emoji itself. Without a picture, the emoji as text. As for
 * icons, an attribute list's classes join `twemoji` (which sizes the picture) rather than
 * replace it, and a `title` names it.
 */
export const emoji: ContextHandler<Emoji> = (state, node) => {
  const graphic = emojiGraphic(node.value)
  if (!graphic) return {type: 'text', value: node.value}
  const result = iconElement(graphic)
  state.patch(node, result)
  const applied = state.applyData(node, result)
  if (applied.type === 'element') {
    const attributes = node.data?.attributes
    applied.properties.className = ['twemoji', ...(attributes?.classes ?? [])]
    Object.assign(applied.properties, {role: 'img', ariaLabel: attributes?.title ?? node.value})
  }
  return applied
}
