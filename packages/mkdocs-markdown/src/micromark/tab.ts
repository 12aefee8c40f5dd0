import {ok as assert} from 'devlop'
import {factorySpace} from 'micromark-factory-space'
import {markdownLineEnding, markdownSpace} from 'micromark-util-character'
import {codes, types} from 'micromark-util-symbol'
import type {Code, Construct, Effects, Exiter, Extension, State, TokenizeContext} from 'micromark-util-types'
import {factoryQuotedLabel} from './factory-quoted-label.js'
import {tokenizeIndentedBody} from './indented-body.js'
import './tokens.js'

/**
 * Extension for `micromark` that turns `=== "Label"` (and `===+`, `===!`, `===+!`, `===!+`)
 * followed by a four-space indented body into a `mkdocsTab` container (pymdownx.tabbed).
 */
export function mkdocsTab(): Extension {
  const construct: Construct = {
    name: 'mkdocsTab',
    tokenize: tokenizeTabStart,
    continuation: {tokenize: tokenizeIndentedBody},
    exit: tabExit
  }
  return {document: {[codes.equalsTo]: construct}}
}

/** Tokenize the opening line; the body lines are the container's flow. */
function tokenizeTabStart(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let size = 0
  let plus = false
  let bang = false

  return start

  /**
   * At the marker.
   *
   * ```markdown
   * > | ===+ "Label"
   *     ^
   * ```
   */
  function start(code: Code): State | undefined {
    assert(code === codes.equalsTo, 'expected `=`')
    effects.enter('mkdocsTab')._container = true
    effects.enter('mkdocsTabMarker')
    return marker(code)
  }

  /**
   * In the marker: exactly three `=`, then at most one `+` and one `!`, in either order.
   *
   * ```markdown
   * > | ===!+ "Label"
   *     ^^^^^
   * ```
   */
  function marker(code: Code): State | undefined {
    if (size < 3) {
      if (code !== codes.equalsTo) return nok(code)
      size++
      effects.consume(code)
      return marker
    }
    if (code === codes.plusSign && !plus) {
      plus = true
      effects.consume(code)
      return marker
    }
    if (code === codes.exclamationMark && !bang) {
      bang = true
      effects.consume(code)
      return marker
    }
    effects.exit('mkdocsTabMarker')
    // pymdownx wants spaces here (` +`), not tabs.
    return code === codes.space ? factorySpace(effects, label, types.whitespace)(code) : nok(code)
  }

  /**
   * At the label.
   *
   * ```markdown
   * > | === "Label"
   *         ^
   * ```
   */
  function label(code: Code): State | undefined {
    if (markdownSpace(code)) return nok(code)
    return factoryQuotedLabel(effects, lineEnd, nok, {label: 'mkdocsTabLabel', marker: 'mkdocsTabLabelMarker', string: 'mkdocsTabLabelString'}, true)(code)
  }

  /**
   * At the end of the opening line: the body starts on the next line.
   *
   * ```markdown
   * > | === "Label"
   *                ^
   * ```
   */
  function lineEnd(code: Code): State | undefined {
    return code === codes.eof || markdownLineEnding(code) ? ok(code) : nok(code)
  }
}

/** Close the container. */
const tabExit: Exiter = function (effects) {
  effects.exit('mkdocsTab')
}
