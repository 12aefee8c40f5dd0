import {ok as assert} from 'devlop'
import {factorySpace} from 'micromark-factory-space'
import {asciiAlphanumeric, markdownLineEnding, markdownSpace} from 'micromark-util-character'
import {codes, types} from 'micromark-util-symbol'
import type {Code, Construct, Effects, Exiter, Extension, State, TokenizeContext, TokenType} from 'micromark-util-types'
import {factoryQuotedLabel} from './factory-quoted-label.js'
import {tokenizeIndentedBody} from './indented-body.js'
import './tokens.js'

const title = {label: 'mkdocsAdmonitionTitle', marker: 'mkdocsAdmonitionTitleMarker', string: 'mkdocsAdmonitionTitleString'} as const

/**
 * Extension for `micromark` that turns `!!! kind "Title"` (and `???`, `???+`) followed by a
 * four-space indented body into a `mkdocsAdmonition` container.
 */
export function mkdocsAdmonition(): Extension {
  const construct: Construct = {
    name: 'mkdocsAdmonition',
    tokenize: tokenizeAdmonitionStart,
    continuation: {tokenize: tokenizeIndentedBody},
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
   * At the kind, or at the title when there is none.
   *
   * ```markdown
   * > | !!! note
   *         ^
   * > | !!! "Title"
   *         ^
   * ```
   */
  function kindStart(code: Code): State | undefined {
    // `!!! "Title"`: a title and no kind (renderers treat it as a note).
    if (code === codes.quotationMark) return factoryQuotedLabel(effects, lineEnd, nok, title, true)(code)
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
    if (code === codes.quotationMark) return factoryQuotedLabel(effects, lineEnd, nok, title, true)(code)
    if (wordCharacter(code)) {
      word = 'mkdocsAdmonitionClass'
      effects.enter(word)
      return wordInside(code)
    }
    return lineEnd(code)
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

/** Close the container. */
const admonitionExit: Exiter = function (effects) {
  effects.exit('mkdocsAdmonition')
}
