import type {Map} from 'mdast-util-to-markdown'

/**
 * For `state.indentLines()`: body lines of admonitions, tabs and definitions are indented by
 * four spaces; blank lines stay empty (they continue the body anyway).
 */
export const indentBody: Map = function (line, _, blank) {
  return blank ? '' : '    ' + line
}
