import type {Code, Yaml} from 'mdast'
import {defaultHandlers, type Handle, type Options as ToMarkdownExtension} from 'mdast-util-to-markdown'

/**
 * Extension for `mdast-util-to-markdown` that keeps the value of a fenced code block or of YAML
 * front matter when it ends with a bare CR (a blank last line under CR line endings,
 * ```` ```⏎a␍␍⏎``` ````, `---␍␍␍---`): the writer puts `\n` before the closing fence, which the
 * CR before it would join into one CRLF, losing that line. There the closing fence follows a CR
 * instead.
 */
export function lineEndingToMarkdown(): ToMarkdownExtension {
  const code: Handle = function (node: Code, parent, state, info) {
    const value = defaultHandlers.code(node, parent, state, info)
    if (!node.value.endsWith('\r')) return value
    const fence = /\n([`~]+)$/.exec(value)
    return fence === null ? value : value.slice(0, fence.index) + '\r' + fence[1]
  }
  // As `mdast-util-frontmatter` writes it (`---`, the value, `---`), but for that line ending.
  const yaml: Handle = function (node: Yaml) {
    return '---' + (node.value ? '\n' + node.value : '') + (node.value.endsWith('\r') ? '\r' : '\n') + '---'
  }
  return {handlers: {code, yaml}}
}
