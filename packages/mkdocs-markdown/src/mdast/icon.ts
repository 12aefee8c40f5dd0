import type {Extension as FromMarkdownExtension, Handle as FromMarkdownHandle} from 'mdast-util-from-markdown'
import type {Handle, Options as ToMarkdownExtension, Unsafe} from 'mdast-util-to-markdown'
import {emojiFor} from '../emoji-shortcodes.js'
import {iconName} from '../micromark/icon.js'
import type {Emoji, Icon} from '../types.js'
import {phrasingSpans} from './unsafe.js'
import {withAttributes} from './attributes-to-markdown.js'
import '../micromark/tokens.js'

/** Extension for `mdast-util-from-markdown` that turns `mkdocsIcon` tokens into `icon` nodes, or `emoji` nodes for emoji shortcodes. */
export function mkdocsIconFromMarkdown(): FromMarkdownExtension {
  return {enter: {mkdocsIcon: enterIcon}, exit: {mkdocsIcon: exitIcon, mkdocsIconName: exitName}}
}

/** Extension for `mdast-util-to-markdown` that writes `icon` and `emoji` nodes as `:name:` and escapes text that would read as one. */
export function mkdocsIconToMarkdown(): ToMarkdownExtension {
  return {handlers: {icon: withAttributes(shortcode), emoji: withAttributes(shortcode) as Handle}, unsafe: [iconUnsafe]}
}

// Over-escapes a colon after a letter (`10\:30-11:00`), which re-parses the same and is rare.
const iconUnsafe: Unsafe = {
  character: ':',
  inConstruct: ['phrasing', 'label'],
  notInConstruct: phrasingSpans,
  after: '[a-z0-9_+-]+:'
}

const enterIcon: FromMarkdownHandle = function (token) {
  this.enter({type: 'icon', name: ''}, token)
}

// An icon name (with a hyphen) is an icon even when unknown; anything else the tokenizer took is an emoji.
const exitName: FromMarkdownHandle = function (token) {
  const node = this.stack[this.stack.length - 1]
  if (node?.type !== 'icon') return
  const name = this.sliceSerialize(token)
  const emoji = iconName.test(name) ? undefined : emojiFor(name)
  if (emoji === undefined) {
    node.name = name
  } else {
    const replacement = node as unknown as Emoji
    replacement.type = 'emoji'
    replacement.name = name
    replacement.value = emoji
  }
}

const exitIcon: FromMarkdownHandle = function (token) {
  this.exit(token)
}

function shortcode(node: Icon | Emoji): string {
  return ':' + node.name + ':'
}
