import {ok as assert} from 'devlop'
import {asciiAlpha, asciiAlphanumeric, markdownLineEndingOrSpace} from 'micromark-util-character'
import {codes} from 'micromark-util-symbol'
import type {Code, Construct, Effects, Extension, State, TokenizeContext, TokenType} from 'micromark-util-types'
import './tokens.js'

/**
 * Extension for `micromark` that turns attribute lists such as `{ .md-button #id width="100"; align=right }`
 * (and `{: .class }`) into `mkdocsAttributeList` tokens. Anything else in braces stays text.
 */
export function mkdocsAttributeList(): Extension {
  return {text: {[codes.leftCurlyBrace]: {name: 'mkdocsAttributeList', tokenize: tokenizeAttributeList} satisfies Construct}}
}

/** Whitespace or `;` between items: Python-Markdown's lists are written both ways. */
function separator(code: Code): boolean {
  return code === codes.space || code === codes.horizontalTab || code === codes.semicolon
}

/** A character of an unquoted value: anything but whitespace, quotes, braces and `;`. */
function valueCharacter(code: Code): boolean {
  return (
    code !== codes.eof &&
    !markdownLineEndingOrSpace(code) &&
    code !== codes.semicolon &&
    code !== codes.leftCurlyBrace &&
    code !== codes.rightCurlyBrace &&
    code !== codes.quotationMark &&
    code !== codes.apostrophe
  )
}

/** A character of a `.class` name; parsed leniently and checked later by the allow-list. */
function nameCharacter(code: Code): boolean {
  return valueCharacter(code) && code !== codes.equalsTo && code !== codes.dot && code !== codes.numberSign
}

/** A character of an `#id`: ids may hold dots and the like (`{ #4.6.1 }`), as HTML allows. */
function idCharacter(code: Code): boolean {
  return valueCharacter(code) && code !== codes.equalsTo
}

/** A character of a key after its first: `data-x`, `on:click`. */
function keyCharacter(code: Code): boolean {
  return asciiAlphanumeric(code) || code === codes.dash || code === codes.underscore || code === codes.colon || code === codes.dot
}

/** Tokenize `{ ... }` on one line. */
function tokenizeAttributeList(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let items = 0
  // Items that make braces an attribute list on their own: a class, an id, `key=value`, a bare `data-x`.
  // Bare words alone (`{foo}`, `{ an aside }`) are too common in prose to be taken for one.
  let strong = 0
  let keyText = ''
  let name: TokenType = 'mkdocsAttributeListClass'
  let quote: Code = codes.eof

  return start

  /**
   * At the opening brace.
   *
   * ```markdown
   * > | [a](b){ .md-button }
   *           ^
   * ```
   */
  function start(code: Code): State | undefined {
    assert(code === codes.leftCurlyBrace, 'expected `{`')
    effects.enter('mkdocsAttributeList')
    effects.enter('mkdocsAttributeListMarker')
    effects.consume(code)
    return colon
  }

  /**
   * After the brace, at an optional colon (the block form).
   *
   * ```markdown
   * > | {: .class }
   *      ^
   * ```
   */
  function colon(code: Code): State | undefined {
    if (code === codes.colon) {
      effects.consume(code)
      effects.exit('mkdocsAttributeListMarker')
      return between
    }
    effects.exit('mkdocsAttributeListMarker')
    return between(code)
  }

  /**
   * Between items: a separator, an item, or the closing brace.
   *
   * ```markdown
   * > | { .a #b c=d }
   *      ^  ^  ^   ^
   * ```
   */
  function between(code: Code): State | undefined {
    if (separator(code)) {
      effects.enter('mkdocsAttributeListSeparator')
      return separatorInside(code)
    }
    if (code === codes.rightCurlyBrace) return items > 0 && strong > 0 ? close(code) : nok(code)
    if (code === codes.dot || code === codes.numberSign) {
      const dot = code === codes.dot
      name = dot ? 'mkdocsAttributeListClass' : 'mkdocsAttributeListId'
      effects.enter(dot ? 'mkdocsAttributeListClassMarker' : 'mkdocsAttributeListIdMarker')
      effects.consume(code)
      effects.exit(dot ? 'mkdocsAttributeListClassMarker' : 'mkdocsAttributeListIdMarker')
      return nameStart
    }
    if (asciiAlpha(code) || code === codes.underscore) {
      keyText = ''
      effects.enter('mkdocsAttributeListPair')
      effects.enter('mkdocsAttributeListKey')
      return key(code)
    }
    return nok(code)
  }

  /**
   * In separators.
   *
   * ```markdown
   * > | { width="100"; align=right }
   *                  ^^
   * ```
   */
  function separatorInside(code: Code): State | undefined {
    if (separator(code)) {
      effects.consume(code)
      return separatorInside
    }
    effects.exit('mkdocsAttributeListSeparator')
    return between(code)
  }

  /**
   * After `.` or `#`, at the name.
   *
   * ```markdown
   * > | { .md-button #top }
   *        ^          ^
   * ```
   */
  function nameStart(code: Code): State | undefined {
    if (!(name === 'mkdocsAttributeListId' ? idCharacter : nameCharacter)(code)) return nok(code)
    strong++
    effects.enter(name)
    return nameInside(code)
  }

  /**
   * In a class or id name.
   *
   * ```markdown
   * > | { .md-button }
   *        ^^^^^^^^^
   * ```
   */
  function nameInside(code: Code): State | undefined {
    if ((name === 'mkdocsAttributeListId' ? idCharacter : nameCharacter)(code)) {
      effects.consume(code)
      return nameInside
    }
    effects.exit(name)
    return itemAfter(code)
  }

  /**
   * In a key; a bare word (`{ data-preview }`) is a key with an empty value, as in Python-Markdown.
   * A list of bare words only is one when one of them is a `data-` attribute.
   *
   * ```markdown
   * > | { width="100" data-preview }
   *       ^^^^^       ^^^^^^^^^^^^
   * ```
   */
  function key(code: Code): State | undefined {
    if (keyCharacter(code)) {
      keyText += String.fromCharCode(code as number)
      effects.consume(code)
      return key
    }
    if (separator(code) || code === codes.rightCurlyBrace) {
      effects.exit('mkdocsAttributeListKey')
      effects.exit('mkdocsAttributeListPair')
      if (/^data-/i.test(keyText)) strong++
      return itemAfter(code)
    }
    if (code !== codes.equalsTo) return nok(code)
    effects.exit('mkdocsAttributeListKey')
    strong++
    effects.enter('mkdocsAttributeListValueMarker')
    effects.consume(code)
    effects.exit('mkdocsAttributeListValueMarker')
    return valueStart
  }

  /**
   * After `=`, at a quote or an unquoted value.
   *
   * ```markdown
   * > | { width="100"; align=right }
   *             ^            ^
   * ```
   */
  function valueStart(code: Code): State | undefined {
    if (code === codes.quotationMark || code === codes.apostrophe) {
      quote = code
      effects.enter('mkdocsAttributeListValueQuote')
      effects.consume(code)
      effects.exit('mkdocsAttributeListValueQuote')
      return quotedStart
    }
    if (!valueCharacter(code)) return nok(code)
    effects.enter('mkdocsAttributeListValue')
    return unquoted(code)
  }

  /**
   * In an unquoted value.
   *
   * ```markdown
   * > | { align=right }
   *             ^^^^^
   * ```
   */
  function unquoted(code: Code): State | undefined {
    if (valueCharacter(code)) {
      effects.consume(code)
      return unquoted
    }
    effects.exit('mkdocsAttributeListValue')
    effects.exit('mkdocsAttributeListPair')
    return itemAfter(code)
  }

  /**
   * After the opening quote: a value, or the closing quote of an empty one.
   *
   * ```markdown
   * > | { title="" }
   *              ^
   * ```
   */
  function quotedStart(code: Code): State | undefined {
    if (code === quote) return quoteClose(code)
    effects.enter('mkdocsAttributeListValue')
    return quoted(code)
  }

  /**
   * In a quoted value, which may hold spaces and `}` but not a line ending.
   *
   * ```markdown
   * > | { title="a b" }
   *              ^^^
   * ```
   */
  function quoted(code: Code): State | undefined {
    if (code === codes.eof || code === codes.carriageReturn || code === codes.lineFeed || code === codes.carriageReturnLineFeed) {
      return nok(code)
    }
    if (code === quote) {
      effects.exit('mkdocsAttributeListValue')
      return quoteClose(code)
    }
    effects.consume(code)
    return quoted
  }

  /** At the closing quote. */
  function quoteClose(code: Code): State | undefined {
    effects.enter('mkdocsAttributeListValueQuote')
    effects.consume(code)
    effects.exit('mkdocsAttributeListValueQuote')
    effects.exit('mkdocsAttributeListPair')
    return itemAfter
  }

  /**
   * After an item: it must be followed by a separator or the closing brace.
   *
   * ```markdown
   * > | { .a;.b }
   *         ^
   * ```
   */
  function itemAfter(code: Code): State | undefined {
    items++
    return separator(code) || code === codes.rightCurlyBrace ? between(code) : nok(code)
  }

  /**
   * At the closing brace.
   *
   * ```markdown
   * > | { .md-button }
   *                  ^
   * ```
   */
  function close(code: Code): State | undefined {
    effects.enter('mkdocsAttributeListMarker')
    effects.consume(code)
    effects.exit('mkdocsAttributeListMarker')
    effects.exit('mkdocsAttributeList')
    return ok
  }
}
