import {blankLine} from 'micromark-core-commonmark'
import {factorySpace} from 'micromark-factory-space'
import {markdownSpace} from 'micromark-util-character'
import {constants} from 'micromark-util-symbol'
import type {Code, Construct, Effects, State, TokenizeContext} from 'micromark-util-types'
import './tokens.js'

const indent: Construct = {tokenize: tokenizeIndent, partial: true}

/**
 * The continuation of a container whose body is indented by four columns (admonitions,
 * content tabs, definitions, as Python-Markdown's `tab_length`): a line continues it when
 * it is blank or starts with four spaces (or a tab).
 *
 * ```markdown
 *   | === "Tab"
 * > |     Body
 *     ^
 * ```
 */
export function tokenizeIndentedBody(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  // A blank line gives up to four columns of its whitespace to the container, as a list item's
  // blank line does: what is left is the body's (a code block's last line keeps nothing extra).
  return effects.check(blankLine, factorySpace(effects, ok, 'mkdocsIndent', constants.tabSize + 1), effects.attempt(indent, ok, nok))
}

/**
 * Exactly four columns of indentation.
 *
 * ```markdown
 *   | !!! note
 * > |     Body
 *     ^^^^
 * ```
 */
function tokenizeIndent(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this
  return start

  // Without a space there is no prefix token, and the last event would be an outer
  // container's indent: a nested body would wrongly continue at the outer one's depth.
  function start(code: Code): State | undefined {
    return markdownSpace(code) ? factorySpace(effects, afterPrefix, 'mkdocsIndent', constants.tabSize + 1)(code) : nok(code)
  }

  function afterPrefix(code: Code): State | undefined {
    const tail = self.events[self.events.length - 1]
    return tail && tail[1].type === 'mkdocsIndent' && tail[2].sliceSerialize(tail[1], true).length === constants.tabSize ? ok(code) : nok(code)
  }
}
