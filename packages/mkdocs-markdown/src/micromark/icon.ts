import {ok as assert} from 'devlop'
import {asciiAlphanumeric, asciiDigit} from 'micromark-util-character'
import {codes} from 'micromark-util-symbol'
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types'
import {emojiFor} from '../emoji-shortcodes.js'
import './tokens.js'

/** Icon names: `[a-z0-9]+(-[a-z0-9_]+)+` (at least one hyphen). */
export const iconName = /^[a-z0-9]+(?:-[a-z0-9_]+)+$/

// Longer than any shortcode of either kind; stops a long run of name characters early.
const longestName = 100

/**
 * Extension for `micromark` that turns shortcodes between colons into `mkdocsIcon` tokens: icon
 * names such as `:material-newspaper-check:` (whether the icon exists is for the icon resolver
 * to say) and known emoji shortcodes such as `:tada:` or `:+1:`. Any other `:word:` stays text.
 */
export function mkdocsIcon(): Extension {
  const construct: Construct = {name: 'mkdocsIcon', tokenize: tokenizeIcon, previous}
  return {text: {[codes.colon]: construct}}
}

/** `10:30-11:00` and `a:b-c:` are not icons: a shortcode never follows a letter or digit. */
function previous(this: TokenizeContext, code: Code): boolean {
  return !asciiAlphanumeric(code)
}

/** A character of a shortcode name: lowercase ASCII letter, digit, `_`, `-`, `+`. */
function nameCharacter(code: Code): boolean {
  return (
    asciiDigit(code) ||
    (code !== null && code >= codes.lowercaseA && code <= codes.lowercaseZ) ||
    code === codes.underscore ||
    code === codes.dash ||
    code === codes.plusSign
  )
}

/** Tokenize `:name:`. */
function tokenizeIcon(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let name = ''

  return start

  /**
   * At the opening colon.
   *
   * ```markdown
   * > | :simple-android: Android :tada:
   *     ^                        ^
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

  function nameStart(code: Code): State | undefined {
    if (!nameCharacter(code)) return nok(code)
    effects.enter('mkdocsIconName')
    return nameInside(code)
  }

  /**
   * In the name.
   *
   * ```markdown
   * > | :simple-android: Android :tada:
   *      ^^^^^^^^^^^^^^           ^^^^
   * ```
   */
  function nameInside(code: Code): State | undefined {
    if (nameCharacter(code) && name.length < longestName) {
      name += String.fromCharCode(code as number)
      effects.consume(code)
      return nameInside
    }
    if (code !== codes.colon || !(iconName.test(name) || emojiFor(name) !== undefined)) return nok(code)
    effects.exit('mkdocsIconName')
    effects.enter('mkdocsIconMarker')
    effects.consume(code)
    effects.exit('mkdocsIconMarker')
    effects.exit('mkdocsIcon')
    return ok
  }
}
