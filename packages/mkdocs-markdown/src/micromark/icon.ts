import {ok as assert} from 'devlop'
import {asciiAlphanumeric, asciiDigit} from 'micromark-util-character'
import {codes} from 'micromark-util-symbol'
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types'
import './tokens.js'

/**
 * Extension for `micromark` that turns icon shortcodes such as `:material-newspaper-check:`
 * into `mkdocsIcon` tokens: `[a-z0-9]+(-[a-z0-9_]+)+` between colons.
 */
export function mkdocsIcon(): Extension {
  const construct: Construct = {name: 'mkdocsIcon', tokenize: tokenizeIcon, previous}
  return {text: {[codes.colon]: construct}}
}

/** `10:30-11:00` and `a:b-c:` are not icons: a shortcode never follows a letter or digit. */
function previous(this: TokenizeContext, code: Code): boolean {
  return !asciiAlphanumeric(code)
}

/** A lowercase ASCII letter or a digit. */
function lowerAlphanumeric(code: Code): boolean {
  return asciiDigit(code) || (code !== null && code >= codes.lowercaseA && code <= codes.lowercaseZ)
}

/** Tokenize `:name:`. */
function tokenizeIcon(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let segments = 0

  return start

  /**
   * At the opening colon.
   *
   * ```markdown
   * > | :simple-android: Android
   *     ^
   * ```
   */
  function start(code: Code): State | undefined {
    assert(code === codes.colon, 'expected `:`')
    effects.enter('mkdocsIcon')
    effects.enter('mkdocsIconMarker')
    effects.consume(code)
    effects.exit('mkdocsIconMarker')
    return nameStart
  }

  /**
   * At the first character of the name: no underscore here.
   *
   * ```markdown
   * > | :simple-android: Android
   *      ^
   * ```
   */
  function nameStart(code: Code): State | undefined {
    if (!lowerAlphanumeric(code)) return nok(code)
    effects.enter('mkdocsIconName')
    return nameInside(code)
  }

  /**
   * In a segment of the name.
   *
   * ```markdown
   * > | :simple-android: Android
   *       ^^^^^  ^^^^^^
   * ```
   */
  function nameInside(code: Code): State | undefined {
    if (lowerAlphanumeric(code) || (segments > 0 && code === codes.underscore)) {
      effects.consume(code)
      return nameInside
    }
    if (code === codes.dash) {
      segments++
      effects.consume(code)
      return segmentStart
    }
    if (code === codes.colon && segments > 0) {
      effects.exit('mkdocsIconName')
      effects.enter('mkdocsIconMarker')
      effects.consume(code)
      effects.exit('mkdocsIconMarker')
      effects.exit('mkdocsIcon')
      return ok
    }
    return nok(code)
  }

  /**
   * After a hyphen: a segment needs at least one character.
   *
   * ```markdown
   * > | :simple-android: Android
   *             ^
   * ```
   */
  function segmentStart(code: Code): State | undefined {
    if (lowerAlphanumeric(code) || code === codes.underscore) {
      effects.consume(code)
      return nameInside
    }
    return nok(code)
  }
}
