import {ok as assert} from 'devlop'
import {factorySpace} from 'micromark-factory-space'
import {codes, types} from 'micromark-util-symbol'
import type {Code, Construct, Effects, Exiter, Extension, State, TokenizeContext} from 'micromark-util-types'
import {tokenizeIndentedBody} from './indented-body.js'
import './tokens.js'

/**
 * Extension for `micromark` that turns `:   Definition` (a colon, then spaces) and the lines
 * indented by four spaces under it into a `mkdocsDefListDescription` container (Python-Markdown's
 * `def_list`). The terms are the paragraph before it: the mdast utility pairs them up.
 */
export function mkdocsDefList(): Extension {
  const construct: Construct = {
    name: 'mkdocsDefListDescription',
    tokenize: tokenizeDescriptionStart,
    continuation: {tokenize: tokenizeIndentedBody},
    exit: descriptionExit
  }
  return {document: {[codes.colon]: construct}}
}

/** Tokenize the marker; the rest of the line and the body lines are the container's flow. */
function tokenizeDescriptionStart(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return start

  /**
   * At the colon.
   *
   * ```markdown
   *   | Term
   * > | :   Definition
   *     ^
   * ```
   */
  function start(code: Code): State | undefined {
    assert(code === codes.colon, 'expected `:`')
    effects.enter('mkdocsDefListDescription')._container = true
    effects.enter('mkdocsDefListDescriptionMarker')
    effects.consume(code)
    effects.exit('mkdocsDefListDescriptionMarker')
    return after
  }

  /**
   * After the colon: Python-Markdown wants at least one space (`:[ ]{1,3}`); all of them are
   * the marker's, so the text never reads as indented code.
   *
   * ```markdown
   * > | :   Definition
   *      ^
   * ```
   */
  function after(code: Code): State | undefined {
    return code === codes.space ? factorySpace(effects, ok, types.whitespace)(code) : nok(code)
  }
}

/** Close the container. */
const descriptionExit: Exiter = function (effects) {
  effects.exit('mkdocsDefListDescription')
}
