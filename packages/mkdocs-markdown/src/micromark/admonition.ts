import {ok as assert} from 'devlop'
import {blankLine} from 'micromark-core-commonmark'
import {factorySpace} from 'micromark-factory-space'
import {asciiAlphanumeric, markdownLineEnding, markdownSpace} from 'micromark-util-character'
import {codes, constants, types} from 'micromark-util-symbol'
import type {Code, Construct, Effects, Exiter, Extension, State, TokenizeContext, TokenType} from 'micromark-util-types'
import './tokens.js'

const indent: Construct = {tokenize: tokenizeIndent, partial: true}
const titleEnd: Construct = {tokenize: tokenizeTitleEnd, partial: true}

/**
 * Extension for `micromark` that turns `!!! kind "Title"` (and `???`, `???+`) followed by a
 * four-space indented body into a `mkdocsAdmonition` container.
 */
export function mkdocsAdmonition(): Extension {
  const construct: Construct = {
    name: 'mkdocsAdmonition',
    tokenize: tokenizeAdmonitionStart,
    continuation: {tokenize: tokenizeAdmonitionContinuation},
    exit: admonitionExit
  }
  return {document: {[codes.exclamationMark]: construct, [codes.questionMark]: construct}}
}

/** A character of a kind or class word: `[A-Za-z0-9_-]`. */
function wordCharacter(code: Code): boolean {
  return asciiAlphanumeric(code) || code === codes.dash || code === codes.underscore
}

/** Tokenize the opening line; the body lines are the container's flow. */
function tokenizeAdmonitionStart(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let marker: Code = codes.eof
  let size = 0
  let word: TokenType = 'mkdocsAdmonitionKind'

  return start

  /**
   * At the marker.
   *
   * ```markdown
   * > | ??? warning "Title"
   *     ^
   * ```
   */
  function start(code: Code): State | undefined {
    assert(code === codes.exclamationMark || code === codes.questionMark, 'expected `!` or `?`')
    marker = code
    effects.enter('mkdocsAdmonition')._container = true
    effects.enter('mkdocsAdmonitionMarker')
    return markerInside(code)
  }

  /**
   * In the marker: exactly three `!`, or three `?` and an optional `+`.
   *
   * ```markdown
   * > | ???+ warning "Title"
   *      ^^^
   * ```
   */
  function markerInside(code: Code): State | undefined {
    if (code === marker && size < 3) {
      size++
      effects.consume(code)
      return markerInside
    }
    if (size < 3) return nok(code)
    if (marker === codes.questionMark && code === codes.plusSign) {
      effects.consume(code)
      return markerAfter
    }
    return markerAfter(code)
  }

  /**
   * After the marker, at the required whitespace.
   *
   * ```markdown
   * > | !!! note
   *        ^
   * ```
   */
  function markerAfter(code: Code): State | undefined {
    effects.exit('mkdocsAdmonitionMarker')
    return markdownSpace(code) ? factorySpace(effects, kindStart, types.whitespace)(code) : nok(code)
  }

  /**
   * At the kind.
   *
   * ```markdown
   * > | !!! note
   *         ^
   * ```
   */
  function kindStart(code: Code): State | undefined {
    if (!wordCharacter(code)) return nok(code)
    effects.enter(word)
    return wordInside(code)
  }

  /**
   * In the kind or a class word.
   *
   * ```markdown
   * > | !!! info inline end
   *          ^    ^
   * ```
   */
  function wordInside(code: Code): State | undefined {
    if (wordCharacter(code)) {
      effects.consume(code)
      return wordInside
    }
    effects.exit(word)
    return wordAfter(code)
  }

  /**
   * After a word: whitespace, or the end of the line.
   *
   * ```markdown
   * > | !!! note "Title"
   *             ^
   * ```
   */
  function wordAfter(code: Code): State | undefined {
    if (markdownSpace(code)) return factorySpace(effects, wordsAfterWhitespace, types.whitespace)(code)
    return lineEnd(code)
  }

  /**
   * After whitespace following a word: a class word, a title, or the end of the line.
   *
   * ```markdown
   * > | !!! info inline "Title"
   *              ^      ^
   * ```
   */
  function wordsAfterWhitespace(code: Code): State | undefined {
    if (code === codes.quotationMark) {
      effects.enter('mkdocsAdmonitionTitle')
      effects.enter('mkdocsAdmonitionTitleMarker')
      effects.consume(code)
      effects.exit('mkdocsAdmonitionTitleMarker')
      return titleOpen
    }
    if (wordCharacter(code)) {
      word = 'mkdocsAdmonitionClass'
      effects.enter(word)
      return wordInside(code)
    }
    return lineEnd(code)
  }

  /**
   * After the opening quote of the title.
   *
   * ```markdown
   * > | !!! note "Title"
   *              ^
   * ```
   */
  function titleOpen(code: Code): State | undefined {
    if (code === codes.quotationMark) return effects.check(titleEnd, titleClose, titleStart)(code)
    return titleStart(code)
  }

  /**
   * At the first character of the title text.
   *
   * ```markdown
   * > | !!! note "Title"
   *              ^
   * ```
   */
  function titleStart(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return nok(code)
    effects.enter('mkdocsAdmonitionTitleString')
    return titleInside(code)
  }

  /**
   * In the title text; a quote only closes it when nothing but spaces follow it.
   *
   * ```markdown
   * > | !!! note "Say "hi""
   *               ^^^^^^^^
   * ```
   */
  function titleInside(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return nok(code)
    if (code === codes.quotationMark) return effects.check(titleEnd, titleStringEnd, titleConsume)(code)
    return titleConsume(code)
  }

  /** Consume one character of the title text. */
  function titleConsume(code: Code): State | undefined {
    effects.consume(code)
    return titleInside
  }

  /** At the closing quote, after title text. */
  function titleStringEnd(code: Code): State | undefined {
    effects.exit('mkdocsAdmonitionTitleString')
    return titleClose(code)
  }

  /**
   * At the closing quote.
   *
   * ```markdown
   * > | !!! note "Title"
   *                   ^
   * ```
   */
  function titleClose(code: Code): State | undefined {
    assert(code === codes.quotationMark, 'expected `"`')
    effects.enter('mkdocsAdmonitionTitleMarker')
    effects.consume(code)
    effects.exit('mkdocsAdmonitionTitleMarker')
    effects.exit('mkdocsAdmonitionTitle')
    return factorySpace(effects, lineEnd, types.whitespace)
  }

  /**
   * At the end of the opening line: the body starts on the next line.
   *
   * ```markdown
   * > | !!! note
   *             ^
   * ```
   */
  function lineEnd(code: Code): State | undefined {
    return code === codes.eof || markdownLineEnding(code) ? ok(code) : nok(code)
  }
}

/**
 * At the start of a body line: blank, or indented by four spaces (or a tab).
 *
 * ```markdown
 *   | !!! note
 * > |     Body
 *     ^
 * ```
 */
function tokenizeAdmonitionContinuation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  // A blank line gives up to four columns of its whitespace to the admonition, as a list item's
  // blank line does: what is left is the body's (a code block's last line keeps nothing extra).
  return effects.check(blankLine, factorySpace(effects, ok, 'mkdocsAdmonitionIndent', constants.tabSize + 1), effects.attempt(indent, ok, nok))
}

/** Close the container. */
const admonitionExit: Exiter = function (effects) {
  effects.exit('mkdocsAdmonition')
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
  return factorySpace(effects, afterPrefix, 'mkdocsAdmonitionIndent', constants.tabSize + 1)

  function afterPrefix(code: Code): State | undefined {
    const tail = self.events[self.events.length - 1]
    return tail && tail[1].type === 'mkdocsAdmonitionIndent' && tail[2].sliceSerialize(tail[1], true).length === constants.tabSize
      ? ok(code)
      : nok(code)
  }
}

/**
 * A closing quote: only whitespace may follow it on the line.
 *
 * ```markdown
 * > | !!! note "Say "hi""
 *                      ^
 * ```
 */
function tokenizeTitleEnd(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return start

  function start(code: Code): State | undefined {
    assert(code === codes.quotationMark, 'expected `"`')
    effects.enter('mkdocsAdmonitionTitleMarker')
    effects.consume(code)
    effects.exit('mkdocsAdmonitionTitleMarker')
    return factorySpace(effects, after, types.whitespace)
  }

  function after(code: Code): State | undefined {
    return code === codes.eof || markdownLineEnding(code) ? ok(code) : nok(code)
  }
}
