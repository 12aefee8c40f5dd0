import {ok as assert} from 'devlop'
import {factorySpace} from 'micromark-factory-space'
import {asciiAlpha, asciiAlphanumeric, markdownLineEnding, markdownLineEndingOrSpace, markdownSpace} from 'micromark-util-character'
import {codes, constants, types} from 'micromark-util-symbol'
import type {Code, Construct, Effects, Extension, ParseContext, State, TokenizeContext} from 'micromark-util-types'
import {markdownInHtmlTags} from '../types.js'
import './tokens.js'

/** The values of the `markdown` attribute that turn Markdown on, as Python-Markdown reads them. */
const markdownValues = new Set(['', '1', 'markdown', 'block', 'span'])

/**
 * Where the Markdown-in-HTML elements of one document open and close, by offset. A closing tag
 * line is ours only while an element of its name is open; otherwise it is CommonMark's HTML, as
 * before (`</div>` followed by text stays one HTML block). Keyed by offset, so a construct tried
 * twice (a lookahead, then for real) counts once.
 */
interface OpenElements {
  opened: Map<number, string>
  /** The column of each opening tag, by its offset. */
  columns: Map<number, number>
  closed: Map<number, string>
}

const documents = new WeakMap<ParseContext, OpenElements>()

function openElements(parser: ParseContext): OpenElements {
  let state = documents.get(parser)
  if (!state) {
    state = {opened: new Map(), columns: new Map(), closed: new Map()}
    documents.set(parser, state)
  }
  return state
}

/** Whether an element called `name` opened before `offset` is still open there. */
function isOpen(state: OpenElements, name: string, offset: number): boolean {
  let count = 0
  for (const [at, tag] of state.opened) if (tag === name && at < offset) count++
  for (const [at, tag] of state.closed) if (tag === name && at < offset) count--
  return count > 0
}

/**
 * Whether `</name>` at `offset` and `column`, on a line whose content starts at `lineStart`, closes
 * an open Markdown-in-HTML element opened at the same column, or opened where that line's content
 * starts and indented less than four under it (so a raw HTML block ends before it, as in
 * Python-Markdown; otherwise the rest of the block stayed raw HTML and came back as Markdown). At
 * another column it is in a list item or other container that the element holds, where the raw
 * block keeps it, as before.
 */
export function closesOpenElement(parser: ParseContext, name: string, offset: number, column: number, lineStart: number): boolean {
  const state = openElements(parser)
  if (!state.closed.has(offset) && !isOpen(state, name, offset)) return false
  for (const [at, tag] of state.opened) {
    if (tag !== name || at >= offset) continue
    const opened = state.columns.get(at)
    if (opened === column || (opened === lineStart && column - lineStart < constants.tabSize)) return true
  }
  return false
}

/**
 * Extension for `micromark` that reads Python-Markdown's Markdown in HTML: a line holding only an
 * opening tag with a `markdown` attribute (`<div class="grid cards" markdown>`), a line holding only
 * the closing tag of such an element, and the one-line form `<p markdown>*text*</p>`. Lines between
 * the tags are ordinary Markdown; the mdast utility pairs the tags into one element. Tags without
 * `markdown` are left to CommonMark's HTML.
 */
export function mkdocsMarkdownInHtml(): Extension {
  const construct: Construct = {name: 'mkdocsMarkdownInHtml', tokenize: tokenizeMarkdownInHtml}
  return {flow: {[codes.lessThan]: construct}}
}

/** Tokenize one line: an opening tag, a closing tag, or an element on one line. */
function tokenizeMarkdownInHtml(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this
  const start = self.now().offset
  const column = self.now().column
  let closing = false
  let name = ''
  let markdown: string | null = null
  let attributeName = ''
  let quote: Code = codes.eof
  // The lookahead for the closing tag of a one-line element needs the name read so far.
  const closingTagAhead: Construct = {tokenize: tokenizeClosingTagAhead, partial: true}

  return begin

  /**
   * At `<`.
   *
   * ```markdown
   * > | <div class="grid" markdown>
   *     ^
   * > | </div>
   *     ^
   * ```
   */
  function begin(code: Code): State | undefined {
    assert(code === codes.lessThan, 'expected `<`')
    effects.enter('mkdocsHtmlFlow')
    effects.enter('mkdocsHtmlTag')
    effects.enter('mkdocsHtmlTagMarker')
    effects.consume(code)
    return afterLessThan
  }

  /**
   * After `<`: a `/` makes it a closing tag.
   *
   * ```markdown
   * > | </div>
   *      ^
   * ```
   */
  function afterLessThan(code: Code): State | undefined {
    if (code === codes.slash) {
      closing = true
      effects.consume(code)
      return afterSlash
    }
    effects.exit('mkdocsHtmlTagMarker')
    return nameStart(code)
  }

  function afterSlash(code: Code): State | undefined {
    effects.exit('mkdocsHtmlTagMarker')
    return nameStart(code)
  }

  /**
   * At the tag name.
   *
   * ```markdown
   * > | <figure markdown>
   *      ^
   * ```
   */
  function nameStart(code: Code): State | undefined {
    if (!asciiAlpha(code)) return nok(code)
    effects.enter('mkdocsHtmlTagName')
    return nameInside(code)
  }

  /** In the tag name; only the tags of `markdownInHtmlTags` are ours. */
  function nameInside(code: Code): State | undefined {
    if (asciiAlphanumeric(code)) {
      name += String.fromCharCode(code as number).toLowerCase()
      effects.consume(code)
      return nameInside
    }
    effects.exit('mkdocsHtmlTagName')
    if (!(markdownInHtmlTags as readonly string[]).includes(name)) return nok(code)
    if (closing) return code === codes.greaterThan ? tagEnd(code) : nok(code)
    return between(code)
  }

  /**
   * Between attributes: white space, then an attribute or `>`.
   *
   * ```markdown
   * > | <div class="grid" markdown>
   *         ^            ^        ^
   * ```
   */
  function between(code: Code): State | undefined {
    if (markdownSpace(code)) return factorySpace(effects, attributeStart, types.whitespace)(code)
    if (code === codes.greaterThan) return tagEnd(code)
    return nok(code)
  }

  /**
   * After white space in a tag: an attribute name or `>`.
   *
   * ```markdown
   * > | <div class="grid" markdown>
   *          ^            ^
   * ```
   */
  function attributeStart(code: Code): State | undefined {
    if (code === codes.greaterThan) return tagEnd(code)
    if (asciiAlpha(code) || code === codes.underscore || code === codes.colon) {
      attributeName = ''
      effects.enter('mkdocsHtmlAttribute')
      effects.enter('mkdocsHtmlAttributeName')
      return attributeNameInside(code)
    }
    return nok(code)
  }

  /**
   * In an attribute name.
   *
   * ```markdown
   * > | <div data-x="1" markdown>
   *          ^^^^^^
   * ```
   */
  function attributeNameInside(code: Code): State | undefined {
    if (asciiAlphanumeric(code) || code === codes.dash || code === codes.underscore || code === codes.dot || code === codes.colon) {
      attributeName += String.fromCharCode(code as number)
      effects.consume(code)
      return attributeNameInside
    }
    effects.exit('mkdocsHtmlAttributeName')
    return attributeNameAfter(code)
  }

  /**
   * After an attribute name: `=` and a value, or the next attribute (a valueless one such as `markdown`).
   *
   * ```markdown
   * > | <div class = "grid" markdown>
   *               ^                ^
   * ```
   */
  function attributeNameAfter(code: Code): State | undefined {
    if (markdownSpace(code)) return factorySpace(effects, attributeNameAfterSpace, types.whitespace)(code)
    return attributeNameAfterSpace(code)
  }

  function attributeNameAfterSpace(code: Code): State | undefined {
    if (code === codes.equalsTo) {
      effects.enter('mkdocsHtmlAttributeValueMarker')
      effects.consume(code)
      effects.exit('mkdocsHtmlAttributeValueMarker')
      return valueBefore
    }
    endAttribute('')
    return attributeStart(code)
  }

  /**
   * After `=`: a quoted or an unquoted value.
   *
   * ```markdown
   * > | <div class="grid" markdown="1">
   *               ^                 ^
   * ```
   */
  function valueBefore(code: Code): State | undefined {
    if (markdownSpace(code)) return factorySpace(effects, valueBefore, types.whitespace)(code)
    if (code === codes.quotationMark || code === codes.apostrophe) {
      quote = code
      effects.enter('mkdocsHtmlAttributeValueQuote')
      effects.consume(code)
      effects.exit('mkdocsHtmlAttributeValueQuote')
      return quotedStart
    }
    if (code === codes.eof || markdownLineEndingOrSpace(code) || code === codes.greaterThan || code === codes.lessThan || code === codes.equalsTo || code === codes.graveAccent) {
      return nok(code)
    }
    effects.enter('mkdocsHtmlAttributeValue')
    return unquoted(code)
  }

  function unquoted(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEndingOrSpace(code) || code === codes.greaterThan || code === codes.quotationMark || code === codes.apostrophe || code === codes.lessThan || code === codes.equalsTo || code === codes.graveAccent) {
      const value = effects.exit('mkdocsHtmlAttributeValue')
      endAttribute(self.sliceSerialize(value))
      return between(code)
    }
    effects.consume(code)
    return unquoted
  }

  function quotedStart(code: Code): State | undefined {
    if (code === quote) return quoteClose(code, '')
    effects.enter('mkdocsHtmlAttributeValue')
    return quoted(code)
  }

  /** In a quoted value: the tag stays on its line. */
  function quoted(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return nok(code)
    if (code === quote) {
      const value = effects.exit('mkdocsHtmlAttributeValue')
      return quoteClose(code, self.sliceSerialize(value))
    }
    effects.consume(code)
    return quoted
  }

  function quoteClose(code: Code, value: string): State | undefined {
    effects.enter('mkdocsHtmlAttributeValueQuote')
    effects.consume(code)
    effects.exit('mkdocsHtmlAttributeValueQuote')
    endAttribute(value)
    return between
  }

  function endAttribute(value: string): void {
    effects.exit('mkdocsHtmlAttribute')
    if (attributeName.toLowerCase() === 'markdown') markdown = value
  }

  /**
   * At `>`.
   *
   * ```markdown
   * > | <div markdown>
   *                  ^
   * ```
   */
  function tagEnd(code: Code): State | undefined {
    assert(code === codes.greaterThan, 'expected `>`')
    effects.enter('mkdocsHtmlTagMarker')
    effects.consume(code)
    effects.exit('mkdocsHtmlTagMarker')
    effects.exit('mkdocsHtmlTag')
    if (closing) {
      effects.exit('mkdocsHtmlFlow')
      return factorySpace(effects, closingLineEnd, types.whitespace)
    }
    if (markdown === null || !markdownValues.has(markdown.toLowerCase())) return nok(code)
    return afterOpeningTag
  }

  /**
   * After the opening tag: the end of the line, or the content of a one-line element.
   *
   * ```markdown
   * > | <div markdown>
   *                   ^
   * > | <p markdown>*Text*</p>
   *                 ^
   * ```
   */
  function afterOpeningTag(code: Code): State | undefined {
    if (markdownSpace(code)) return factorySpace(effects, afterOpeningTagSpace, types.whitespace)(code)
    return afterOpeningTagSpace(code)
  }

  function afterOpeningTagSpace(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) {
      openElements(self.parser).opened.set(start, name)
      openElements(self.parser).columns.set(start, column)
      effects.exit('mkdocsHtmlFlow')
      return ok(code)
    }
    if (code === codes.lessThan) return effects.check(closingTagAhead, closeOneLine, contentStart)(code)
    return contentStart(code)
  }

  /**
   * At the content of a one-line element, parsed as inline text.
   *
   * ```markdown
   * > | <figcaption markdown>Our [roadmap]</figcaption>
   *                          ^
   * ```
   */
  function contentStart(code: Code): State | undefined {
    effects.enter('mkdocsHtmlContent')
    effects.enter(types.chunkText, {contentType: constants.contentTypeText})
    return content(code)
  }

  function content(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return nok(code)
    if (code === codes.lessThan) return effects.check(closingTagAhead, contentEnd, contentConsume)(code)
    return contentConsume(code)
  }

  function contentConsume(code: Code): State | undefined {
    effects.consume(code)
    return content
  }

  function contentEnd(code: Code): State | undefined {
    effects.exit(types.chunkText)
    effects.exit('mkdocsHtmlContent')
    return closeOneLine(code)
  }

  /**
   * At the closing tag of a one-line element, which ends its line.
   *
   * ```markdown
   * > | <p markdown>*Text*</p>
   *                       ^
   * ```
   */
  function closeOneLine(code: Code): State | undefined {
    assert(code === codes.lessThan, 'expected `<`')
    effects.enter('mkdocsHtmlTag')
    effects.enter('mkdocsHtmlTagMarker')
    effects.consume(code)
    return closeOneLineSlash
  }

  function closeOneLineSlash(code: Code): State | undefined {
    assert(code === codes.slash, 'expected `/`')
    effects.consume(code)
    effects.exit('mkdocsHtmlTagMarker')
    effects.enter('mkdocsHtmlTagName')
    return closeOneLineName
  }

  function closeOneLineName(code: Code): State | undefined {
    if (asciiAlphanumeric(code)) {
      effects.consume(code)
      return closeOneLineName
    }
    effects.exit('mkdocsHtmlTagName')
    assert(code === codes.greaterThan, 'expected `>`')
    effects.enter('mkdocsHtmlTagMarker')
    effects.consume(code)
    effects.exit('mkdocsHtmlTagMarker')
    effects.exit('mkdocsHtmlTag')
    effects.exit('mkdocsHtmlFlow')
    return factorySpace(effects, lineEnd, types.whitespace)
  }

  /** A closing tag line is ours only while an element of its name is open. */
  function closingLineEnd(code: Code): State | undefined {
    if (code !== codes.eof && !markdownLineEnding(code)) return nok(code)
    const state = openElements(self.parser)
    if (!state.closed.has(start) && !isOpen(state, name, start)) return nok(code)
    state.closed.set(start, name)
    return ok(code)
  }

  function lineEnd(code: Code): State | undefined {
    return code === codes.eof || markdownLineEnding(code) ? ok(code) : nok(code)
  }

  /**
   * Whether `</name>` and nothing but white space follow: the end of a one-line element.
   *
   * ```markdown
   * > | <p markdown>*Text*</p>
   *                       ^^^^
   * ```
   */
  function tokenizeClosingTagAhead(this: TokenizeContext, effects: Effects, okAhead: State, nokAhead: State): State {
    let index = 0
    const expected = '/' + name + '>'
    return function (code: Code) {
      assert(code === codes.lessThan, 'expected `<`')
      effects.enter('mkdocsHtmlTag')
      effects.consume(code)
      return inside
    }
    function inside(code: Code): State | undefined {
      if (index === expected.length) {
        effects.exit('mkdocsHtmlTag')
        return factorySpace(effects, after, types.whitespace)(code)
      }
      if (code === codes.eof || String.fromCharCode(code as number).toLowerCase() !== expected[index]) return nokAhead(code)
      index++
      effects.consume(code)
      return inside
    }
    function after(code: Code): State | undefined {
      return code === codes.eof || markdownLineEnding(code) ? okAhead(code) : nokAhead(code)
    }
  }
}
