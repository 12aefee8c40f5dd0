import {ok as assert} from 'devlop'
import {markdownLineEnding, markdownLineEndingOrSpace, unicodeWhitespace} from 'micromark-util-character'
import {codes, types} from 'micromark-util-symbol'
import type {Code, Construct, Effects, State, TokenizeContext} from 'micromark-util-types'
import './tokens.js'

/**
 * Inline math as pymdownx.arithmatex reads it: `$...$` (smart dollars: no white space just inside
 * either `$`, so `$5 and $10` stays text) and `\(...\)`. The TeX is raw: nothing inside is Markdown.
 * A backtick ends the attempt, as code spans come first in Python-Markdown.
 */
export const mathText: Construct = {name: 'mkdocsMathText', tokenize: tokenizeMathText}

const closingParenthesis: Construct = {tokenize: tokenizeClosingParenthesis, partial: true}

function tokenizeClosingParenthesis(effects: Effects, ok: State, nok: State): State {
  return function (code: Code) {
    effects.consume(code)
    return function (code: Code) {
      return code === codes.rightParenthesis ? ok(code) : nok(code)
    }
  }
}

function whitespace(code: Code): boolean {
  return code === codes.eof || markdownLineEndingOrSpace(code) || unicodeWhitespace(code)
}

function tokenizeMathText(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let dollar = false
  let last: Code = null
  let size = 0

  return start

  /**
   * At `$` or `\`.
   *
   * ```markdown
   * > | a $x^2$ b \(y\)
   *       ^       ^
   * ```
   */
  function start(code: Code): State | undefined {
    assert(code === codes.dollarSign || code === codes.backslash, 'expected `$` or `\\`')
    dollar = code === codes.dollarSign
    effects.enter('mkdocsMathText')
    effects.enter('mkdocsMathTextMarker')
    effects.consume(code)
    return dollar ? afterDollar : afterBackslash
  }

  function afterBackslash(code: Code): State | undefined {
    if (code !== codes.leftParenthesis) return nok(code)
    effects.consume(code)
    effects.exit('mkdocsMathTextMarker')
    return bodyStart
  }

  function afterDollar(code: Code): State | undefined {
    effects.exit('mkdocsMathTextMarker')
    if (whitespace(code) || code === codes.dollarSign) return nok(code)
    return bodyStart(code)
  }

  function bodyStart(code: Code): State | undefined {
    if (code === codes.eof) return nok(code)
    if (markdownLineEnding(code)) {
      effects.enter(types.lineEnding)
      effects.consume(code)
      effects.exit(types.lineEnding)
      last = code
      return bodyStart
    }
    effects.enter('mkdocsMathTextData')
    return body(code)
  }

  function body(code: Code): State | undefined {
    if (code === codes.eof || code === codes.graveAccent) return nok(code)
    if (markdownLineEnding(code)) {
      effects.exit('mkdocsMathTextData')
      return bodyStart(code)
    }
    if (dollar && code === codes.dollarSign) {
      if (size === 0 || whitespace(last)) return nok(code)
      effects.exit('mkdocsMathTextData')
      return close(code)
    }
    if (code === codes.backslash) {
      if (!dollar) return effects.check(closingParenthesis, closeParenthesis, escapeStart)(code)
      return escapeStart(code)
    }
    effects.consume(code)
    size++
    last = code
    return body
  }

  function escapeStart(code: Code): State | undefined {
    effects.consume(code)
    size++
    last = code
    return escape
  }

  // `\$` keeps a dollar inside a `$` formula; any escaped pair is part of the TeX.
  function escape(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return body(code)
    effects.consume(code)
    last = code
    return body
  }

  /**
   * At the `\)` that closes a `\(` formula.
   *
   * ```markdown
   * > | \(y\)
   *        ^
   * ```
   */
  function closeParenthesis(code: Code): State | undefined {
    if (size === 0) return nok(code)
    effects.exit('mkdocsMathTextData')
    effects.enter('mkdocsMathTextMarker')
    effects.consume(code)
    return function (code: Code) {
      effects.consume(code)
      effects.exit('mkdocsMathTextMarker')
      effects.exit('mkdocsMathText')
      return ok
    }
  }

  function close(code: Code): State | undefined {
    effects.enter('mkdocsMathTextMarker')
    effects.consume(code)
    effects.exit('mkdocsMathTextMarker')
    effects.exit('mkdocsMathText')
    return ok
  }
}
