import type {Code} from 'mdast'
import {defaultHandlers, type Handle, type Options as ToMarkdownExtension} from 'mdast-util-to-markdown'

/**
 * Extension for `mdast-util-to-markdown` that keeps a fenced code block's value when it ends with
 * a bare CR (a blank last line under CR line endings, ```` ```⏎a␍␍⏎``` ````): the writer puts `\n`
 * before the closing fence, which the CR before it would join into one CRLF, losing that line.
 * There the closing fence follows a CR instead.
 */
export function codeLineEndingToMarkdown(): ToMarkdownExtension {
  const code: Handle = function (node: Code, parent, state, info) {
    const value = defaultHandlers.code(node, parent, state, info)
    if (!node.value.endsWith('\r')) return value
    const fence = /\n([`~]+)$/.exec(value)
    return fence === null ? value : value.slice(0, fence.index) + '\r' + fence[1]
  }
  return {handlers: {code}}
}
