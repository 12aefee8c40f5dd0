import {ok as assert} from 'devlop'
import {factorySpace} from 'micromark-factory-space'
import {markdownLineEnding} from 'micromark-util-character'
import {codes, constants, types} from 'micromark-util-symbol'
import type {Code, Construct, Effects, State, TokenizeContext, TokenType} from 'micromark-util-types'

const closingQuote: Construct = {tokenize: tokenizeClosingQuote, partial: true}

/** Token types of one quoted label: the whole, its quotes, and the text between them. */
export interface QuotedLabelTypes {
  label: TokenType
  marker: TokenType
  string: TokenType
}

/**
 * Tokenize `"Label"` at the end of an opening line, as pymdownx reads it (`"(.*?)" *$`): the
 * last quote on the line closes it, so labels may hold quotes; `""` is an empty label. With
 * `inline`, the text between the quotes is a `chunkText`, parsed later as inline Markdown;
 * without, it stays a plain string.
 *
 * ```markdown
 * > | === "Say "hi""
 *         ^^^^^^^^^^
 * ```
 */
export function factoryQuotedLabel(effects: Effects, ok: State, nok: State, tokenTypes: QuotedLabelTypes, inline: boolean): State {
  return start

  /** At the opening quote. */
  function start(code: Code): State | undefined {
    if (code !== codes.quotationMark) return nok(code)
    effects.enter(tokenTypes.label)
    marker(code)
    return open
  }

  /** After the opening quote: an empty label, or its first character. */
  function open(code: Code): State | undefined {
    if (code === codes.quotationMark) return effects.check(closingQuote, close, textStart)(code)
    return textStart(code)
  }

  /** At the first character of the text. */
  function textStart(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return nok(code)
    effects.enter(tokenTypes.string)
    if (inline) effects.enter(types.chunkText, {contentType: constants.contentTypeText})
    return inside(code)
  }

  /** In the text; a quote only closes it when nothing but spaces follow it on the line. */
  function inside(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return nok(code)
    if (code === codes.quotationMark) return effects.check(closingQuote, textEnd, consume)(code)
    return consume(code)
  }

  function consume(code: Code): State | undefined {
    effects.consume(code)
    return inside
  }

  function textEnd(code: Code): State | undefined {
    if (inline) effects.exit(types.chunkText)
    effects.exit(tokenTypes.string)
    return close(code)
  }

  /** At the closing quote. */
  function close(code: Code): State | undefined {
    marker(code)
    effects.exit(tokenTypes.label)
    return factorySpace(effects, ok, types.whitespace)
  }

  function marker(code: Code): void {
    assert(code === codes.quotationMark, 'expected `"`')
    effects.enter(tokenTypes.marker)
    effects.consume(code)
    effects.exit(tokenTypes.marker)
  }
}

/**
 * A closing quote: only spaces may follow it on the line.
 *
 * ```markdown
 * > | === "Say "hi""
 *                  ^
 * ```
 */
function tokenizeClosingQuote(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return start

  function start(code: Code): State | undefined {
    assert(code === codes.quotationMark, 'expected `"`')
    effects.enter('mkdocsQuote')
    effects.consume(code)
    effects.exit('mkdocsQuote')
    return factorySpace(effects, after, types.whitespace)
  }

  function after(code: Code): State | undefined {
    return code === codes.eof || markdownLineEnding(code) ? ok(code) : nok(code)
  }
}
