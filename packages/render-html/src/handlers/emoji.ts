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
  return state.applyData(node, result)
}
