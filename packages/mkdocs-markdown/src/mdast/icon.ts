import type {Extension as FromMarkdownExtension, Handle as FromMarkdownHandle} from 'mdast-util-from-markdown'
import type {Handle, Options as ToMarkdownExtension, Unsafe} from 'mdast-util-to-markdown'
import type {Icon} from '../types.js'
import {phrasingSpans} from './unsafe.js'
import {withAttributes} from './attributes-to-markdown.js'
import '../micromark/tokens.js'

/** Extension for `mdast-util-from-markdown` that turns `mkdocsIcon` tokens into `icon` nodes. */
export function mkdocsIconFromMarkdown(): FromMarkdownExtension {
  return {enter: {mkdocsIcon: enterIcon}, exit: {mkdocsIcon: exitIcon, mkdocsIconName: exitName}}
}

/** Extension for `mdast-util-to-markdown` that writes `icon` nodes as `:name:` and escapes text that would read as one. */
export function mkdocsIconToMarkdown(): ToMarkdownExtension {
  return {handlers: {icon: withAttributes(icon)}, unsafe: [iconUnsafe]}
}

// Over-escapes a colon after a letter (`10\:30-11:00`), which re-parses the same and is rare.
const iconUnsafe: Unsafe = {
  character: ':',
  inConstruct: ['phrasing', 'label'],
  notInConstruct: phrasingSpans,
  after: '[a-z0-9]+(?:-[a-z0-9_]+)+:'
}

const enterIcon: FromMarkdownHandle = function (token) {
  this.enter({type: 'icon', name: ''}, token)
}

const exitName: FromMarkdownHandle = function (token) {
  const node = this.stack[this.stack.length - 1]
  if (node?.type === 'icon') node.name = this.sliceSerialize(token)
}

const exitIcon: FromMarkdownHandle = function (token) {
  this.exit(token)
}

function icon(node: Icon): string {
  return ':' + node.name + ':'
}
