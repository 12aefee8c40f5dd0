import {ok as assert} from 'devlop'
import {markdownLineEnding} from 'micromark-util-character'
import {codes} from 'micromark-util-symbol'
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types'
import './tokens.js'

/**
 * Extension for `micromark` for keyboard keys (pymdownx.keys): `++ctrl+alt+del++`, and quoted
 * text `++"Hello"++`, as `mkdocsKeys` tokens holding one `mkdocsKeysKey` per key as written.
 */
export function mkdocsKeys(): Extension {
  const construct: Construct = {name: 'mkdocsKeys', tokenize: tokenizeKeys}
  return {text: {[codes.plusSign]: construct}}
}

/** A character of a key name: a letter, digit, `_` or `-` (Python's `[\w-]`). */
function nameCharacter(code: Code): boolean {
  return code !== null && code >= 0 && (code === codes.dash || code === codes.underscore || /[\p{L}\p{N}]/u.test(String.fromCodePoint(code)))
}

function tokenizeKeys(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let quote: Code = null

  return start

  /**
   * At the first `+`.
   *
   * ```markdown
   * > | ++ctrl+alt+del++
   *     ^
   * ```
   */
  function start(code: Code): State | undefined {
    assert(code === codes.plusSign, 'expected `+`')
    effects.enter('mkdocsKeys')
    effects.enter('mkdocsKeysMarker')
    effects.consume(code)
    return secondPlus
  }

  function secondPlus(code: Code): State | undefined {
    if (code !== codes.plusSign) return nok(code)
    effects.consume(code)
    effects.exit('mkdocsKeysMarker')
    return keyStart
  }

  /**
   * At the start of a key.
   *
   * ```markdown
   * > | ++ctrl+alt+del++
   *       ^    ^   ^
   * ```
   */
  function keyStart(code: Code): State | undefined {
    if (code === codes.quotationMark || code === codes.apostrophe) {
      quote = code
      effects.enter('mkdocsKeysKey')
      effects.consume(code)
      return quoted
    }
    if (!nameCharacter(code)) return nok(code)
    effects.enter('mkdocsKeysKey')
    return name(code)
  }

  function name(code: Code): State | undefined {
    if (nameCharacter(code)) {
      effects.consume(code)
      return name
    }
    effects.exit('mkdocsKeysKey')
    return afterKey(code)
  }

  /**
   * In quoted text: anything but an unescaped quote or a line ending.
   *
   * ```markdown
   * > | ++"Hello"++
   *        ^^^^^
   * ```
   */
  function quoted(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return nok(code)
    effects.consume(code)
    if (code === quote) {
      effects.exit('mkdocsKeysKey')
      return afterKey
    }
    return code === codes.backslash ? quotedEscape : quoted
  }

  function quotedEscape(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return nok(code)
    effects.consume(code)
    return quoted
  }

  /**
   * After a key: `+` and another key, or `++` to close.
   *
   * ```markdown
   * > | ++ctrl+alt+del++
   *           ^   ^   ^
   * ```
   */
  function afterKey(code: Code): State | undefined {
    if (code !== codes.plusSign) return nok(code)
    return effects.check({tokenize: tokenizeClose, partial: true}, close, separator)(code)
  }

  function separator(code: Code): State | undefined {
    effects.enter('mkdocsKeysSeparator')
    effects.consume(code)
    effects.exit('mkdocsKeysSeparator')
    return keyStart
  }

  function close(code: Code): State | undefined {
    effects.enter('mkdocsKeysMarker')
    effects.consume(code)
    return closeSecond
  }

  function closeSecond(code: Code): State | undefined {
    effects.consume(code)
    effects.exit('mkdocsKeysMarker')
    effects.exit('mkdocsKeys')
    return ok
  }
}

/** `++` closes (the first `+` a key may be followed by). */
function tokenizeClose(effects: Effects, ok: State, nok: State): State {
  return function (code: Code) {
    effects.enter('mkdocsKeysMarker')
    effects.consume(code)
    return function (code: Code) {
      if (code !== codes.plusSign) return nok(code)
      effects.consume(code)
      effects.exit('mkdocsKeysMarker')
      return ok
    }
  }
}
