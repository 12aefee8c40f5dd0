import {ok as assert} from 'devlop'
import {markdownLineEnding} from 'micromark-util-character'
import {codes, constants, types} from 'micromark-util-symbol'
import type {Code, Construct, Effects, Extension, State, Token, TokenizeContext} from 'micromark-util-types'
import './tokens.js'

/** Opening marks and the closing mark each one needs (CriticMarkup). */
const pairs = new Map<Code, Code>([
  [codes.plusSign, codes.plusSign],
  [codes.dash, codes.dash],
  [codes.tilde, codes.tilde],
  [codes.equalsTo, codes.equalsTo],
  [codes.greaterThan, codes.lessThan]
])

/**
 * Extension for `micromark` for CriticMarkup (pymdownx.critic) within a paragraph:
 * `{++insert++}`, `{--delete--}`, `{~~old~>new~~}`, `{==highlight==}`, `{>>comment<<}`.
 * The text between the marks is Markdown (`mkdocsCriticText` chunks of text content).
 */
export function mkdocsCritic(): Extension {
  const construct: Construct = {name: 'mkdocsCritic', tokenize: tokenizeCritic}
  return {text: {[codes.leftCurlyBrace]: construct}}
}

function tokenizeCritic(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let mark: Code = null
  let closing: Code = null
  let previous: Token | undefined
  let parts = 0
  // Characters in the current text: an empty one (`{++++}`) is no mark, and an empty chunk would hang micromark.
  let size = 0
  let lines = 0

  return start

  /**
   * At `{`.
   *
   * ```markdown
   * > | {++added++}
   *     ^
   * ```
   */
  function start(code: Code): State | undefined {
    assert(code === codes.leftCurlyBrace, 'expected `{`')
    effects.enter('mkdocsCritic')
    effects.enter('mkdocsCriticMarker')
    effects.consume(code)
    return first
  }

  function first(code: Code): State | undefined {
    const close = pairs.get(code)
    if (close === undefined) return nok(code)
    mark = code
    closing = close
    effects.consume(code)
    return second
  }

  function second(code: Code): State | undefined {
    if (code !== mark) return nok(code)
    effects.consume(code)
    effects.exit('mkdocsCriticMarker')
    return textStart
  }

  /**
   * At the start of the text, or of a line in it.
   *
   * ```markdown
   * > | {~~one~>a single~~}
   *        ^     ^
   * ```
   */
  function textStart(code: Code): State | undefined {
    // Text that starts on the next line (`{++⏎a++}`) would start its chunk with a line ending,
    // which micromark's subtokenizer cannot split: the mark stays text.
    if (markdownLineEnding(code)) return nok(code)
    if (parts === 0) effects.enter('mkdocsCriticText')
    parts++
    return chunkStart(code)
  }

  function chunkStart(code: Code): State | undefined {
    const token = effects.enter(types.chunkText, {_contentTypeTextTrailing: true, contentType: constants.contentTypeText, previous})
    if (previous) previous.next = token
    previous = token
    size = 0
    return data(code)
  }

  function data(code: Code): State | undefined {
    if (code === codes.eof) return nok(code)
    // One chunk holds the text, and micromark's subtokenizer breaks on a chunk with two line
    // endings: a mark over more than two lines stays text (a known limit, with a fixture).
    if (markdownLineEnding(code) && ++lines > 1) return nok(code)
    if (mark === codes.tilde && code === codes.tilde) return effects.check({tokenize: tokenizeSwitch, partial: true}, switchSides, consume)(code)
    if (code === closing) return effects.check({tokenize: tokenizeEnd, partial: true}, end, consume)(code)
    return consume(code)
  }

  function consume(code: Code): State | undefined {
    effects.consume(code)
    size++
    return code === codes.backslash ? escaped : data
  }

  // A backslash keeps the next character from closing: `{++a\++}b++}`.
  function escaped(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return data(code)
    effects.consume(code)
    size++
    return data
  }

  /**
   * At `~>` in a substitution.
   *
   * ```markdown
   * > | {~~one~>a single~~}
   *           ^
   * ```
   */
  function switchSides(code: Code): State | undefined {
    if (size === 0) return nok(code)
    effects.exit(types.chunkText)
    effects.exit('mkdocsCriticText')
    previous = undefined
    parts = 0
    lines = 0
    effects.enter('mkdocsCriticSeparator')
    effects.consume(code)
    return switchSecond
  }

  function switchSecond(code: Code): State | undefined {
    effects.consume(code)
    effects.exit('mkdocsCriticSeparator')
    // Only one `~>`: the new text may hold another.
    mark = null
    return textStart
  }

  /**
   * At the closing mark.
   *
   * ```markdown
   * > | {++added++}
   *             ^
   * ```
   */
  function end(code: Code): State | undefined {
    // A substitution needs its `~>`.
    if (closing === codes.tilde && mark !== null) return nok(code)
    if (size === 0) return nok(code)
    effects.exit(types.chunkText)
    effects.exit('mkdocsCriticText')
    effects.enter('mkdocsCriticMarker')
    effects.consume(code)
    return endSecond
  }

  function endSecond(code: Code): State | undefined {
    effects.consume(code)
    return endBrace
  }

  function endBrace(code: Code): State | undefined {
    effects.consume(code)
    effects.exit('mkdocsCriticMarker')
    effects.exit('mkdocsCritic')
    return ok
  }

  /** The closing mark twice, then `}`. */
  function tokenizeEnd(effects: Effects, ok: State, nok: State): State {
    let seen = 0
    return function inside(code: Code): State | undefined {
      if (seen < 2) {
        if (code !== closing) return nok(code)
        seen++
        effects.consume(code)
        return inside
      }
      if (code !== codes.rightCurlyBrace) return nok(code)
      effects.consume(code)
      return ok
    }
  }
}

/** `~>`. */
function tokenizeSwitch(effects: Effects, ok: State, nok: State): State {
  return function (code: Code) {
    effects.consume(code)
    return function (code: Code) {
      if (code !== codes.greaterThan) return nok(code)
      effects.consume(code)
      return ok
    }
  }
}
