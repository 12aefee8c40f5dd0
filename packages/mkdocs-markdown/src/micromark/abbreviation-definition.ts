import {ok as assert} from 'devlop'
import {factorySpace} from 'micromark-factory-space'
import {markdownLineEnding} from 'micromark-util-character'
import {codes, types} from 'micromark-util-symbol'
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types'
import './tokens.js'

/**
 * Extension for `micromark` that turns `*[HTML]: Hyper Text Markup Language` lines into
 * `mkdocsAbbreviationDefinition` tokens (Python-Markdown's `abbr`). Like Python-Markdown, a
 * definition may interrupt a paragraph: it is taken out of the text wherever it stands.
 */
export function mkdocsAbbreviationDefinition(): Extension {
  const construct: Construct = {name: 'mkdocsAbbreviationDefinition', tokenize: tokenizeAbbreviationDefinition}
  return {flow: {[codes.asterisk]: construct}}
}

/** One definition line. */
function tokenizeAbbreviationDefinition(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return start

  /**
   * At the star.
   *
   * ```markdown
   * > | *[HTML]: Hyper Text Markup Language
   *     ^
   * ```
   */
  function start(code: Code): State | undefined {
    assert(code === codes.asterisk, 'expected `*`')
    effects.enter('mkdocsAbbreviationDefinition')
    effects.enter('mkdocsAbbreviationDefinitionMarker')
    effects.consume(code)
    return open
  }

  /** After the star: the opening bracket. */
  function open(code: Code): State | undefined {
    if (code !== codes.leftSquareBracket) return nok(code)
    effects.consume(code)
    effects.exit('mkdocsAbbreviationDefinitionMarker')
    return labelStart
  }

  /**
   * At the abbreviation: one or more characters, no `\` and no `]` (Python-Markdown: `[^\\]*?`).
   *
   * ```markdown
   * > | *[HTML]: Hyper Text Markup Language
   *       ^
   * ```
   */
  function labelStart(code: Code): State | undefined {
    if (code === codes.rightSquareBracket || !labelCharacter(code)) return nok(code)
    effects.enter('mkdocsAbbreviationDefinitionLabel')
    return label(code)
  }

  function label(code: Code): State | undefined {
    if (code === codes.rightSquareBracket) {
      effects.exit('mkdocsAbbreviationDefinitionLabel')
      effects.enter('mkdocsAbbreviationDefinitionMarker')
      effects.consume(code)
      return afterLabel
    }
    if (!labelCharacter(code)) return nok(code)
    effects.consume(code)
    return label
  }

  /**
   * After the closing bracket: an optional space, then the colon.
   *
   * ```markdown
   * > | *[HTML]: Hyper Text Markup Language
   *            ^
   * ```
   */
  function afterLabel(code: Code): State | undefined {
    if (code === codes.space) {
      effects.consume(code)
      return colon
    }
    return colon(code)
  }

  function colon(code: Code): State | undefined {
    if (code !== codes.colon) return nok(code)
    effects.consume(code)
    effects.exit('mkdocsAbbreviationDefinitionMarker')
    return factorySpace(effects, titleStart, types.whitespace)
  }

  /**
   * At the meaning: the rest of the line (none: the definition removes the abbreviation).
   *
   * ```markdown
   * > | *[HTML]: Hyper Text Markup Language
   *              ^
   * ```
   */
  function titleStart(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return end(code)
    effects.enter('mkdocsAbbreviationDefinitionTitle')
    return title(code)
  }

  function title(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit('mkdocsAbbreviationDefinitionTitle')
      return end(code)
    }
    effects.consume(code)
    return title
  }

  function end(code: Code): State | undefined {
    effects.exit('mkdocsAbbreviationDefinition')
    return ok(code)
  }
}

/** A character of an abbreviation: anything on the line but a backslash. */
function labelCharacter(code: Code): boolean {
  return code !== codes.eof && code !== codes.backslash && !markdownLineEnding(code)
}
