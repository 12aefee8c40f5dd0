import type {Emoji} from '@samizdat/mkdocs-markdown'
import {emojiGraphic} from '@samizdat/theme'
import {iconElement} from '../components/icon.js'
import type {ContextHandler} from './handler.js'

/**
 * `:tada:` as Material inlines it: the Twemoji picture as SVG in `<span class="twemoji">`,
 * named for screen readers by the emoji itself. Without a picture, the emoji as text.
 */
export const emoji: ContextHandler<Emoji> = (state, node) => {
  const graphic = emojiGraphic(node.value)
  if (!graphic) return {type: 'text', value: node.value}
  const result = iconElement(graphic)
  result.properties = {...result.properties, role: 'img', ariaLabel: node.value}
  state.patch(node, result)
  const applied = state.applyData(node, result)
  // An attribute list's classes join `twemoji` (which sizes the picture) rather than replace it.
  const classes = applied.type === 'element' ? applied.properties['className'] : undefined
  if (applied.type === 'element' && Array.isArray(classes) && !classes.includes('twemoji')) applied.properties['className'] = ['twemoji', ...classes]
  return applied
}
