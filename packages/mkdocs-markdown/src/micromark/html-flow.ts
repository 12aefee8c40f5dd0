import {ok as assert} from 'devlop'
import {htmlFlow} from 'micromark-core-commonmark'
import {factorySpace} from 'micromark-factory-space'
import {asciiAlpha, asciiAlphanumeric, markdownLineEnding, markdownSpace} from 'micromark-util-character'
import {htmlBlockNames, htmlRawNames} from 'micromark-util-html-tag-name'
import {codes, constants, types} from 'micromark-util-symbol'
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types'
import {closesOpenElement} from './markdown-in-html.js'
import './tokens.js'

/**
 * The tags that open a raw HTML block in Python-Markdown (`Markdown.block_level_elements`). Any other
 * tag at the start of a line (`<small>`, `<span>`, `<a>`, `<img>`) starts a paragraph there, so the
 * Markdown around and inside it is read: Material's pages rely on that (`<small>:octicons-x: **Tip**`).
 */
const blockLevel = new Set(
  (
    'address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr ' +
    'main menu nav ol p pre section table ul canvas colgroup dd body dt group html iframe li legend math map noscript output ' +
    'object option progress script style summary tbody td textarea tfoot th thead tr video'
  ).split(' ')
)

/**
 * Extension for `micromark` that opens CommonMark's HTML blocks only where Python-Markdown opens raw
 * HTML: at a block-level tag, a processing instruction or declaration, or a comment that nothing
 * follows on its closing line (`<!-- note --> text` is an inline comment before text, as in
 * Python-Markdown inside lists and definitions). Everything else is left to paragraphs and inline HTML.
 */
export function mkdocsHtmlFlow(): Extension {
  const raw: Construct = {name: 'mkdocsHtmlFlow', tokenize: tokenizeHtmlFlow, resolveTo: htmlFlow.resolveTo, concrete: true}
  return {disable: {null: ['htmlFlow']}, flow: {[codes.lessThan]: raw}}
}

const opensRawBlock: Construct = {tokenize: opensRawBlockTokenizer(false), partial: true}
/** The same check when the line would interrupt a paragraph (a nested check loses `interrupt`). */
const opensRawBlockInterrupting: Construct = {tokenize: opensRawBlockTokenizer(true), partial: true}

/**
 * Check the start of the line, then tokenize it as CommonMark's HTML block, ended as Python-Markdown
 * ends it: after the line where its first element closes (`</div>` then `<small>` on the next line
 * are two blocks there, the second one Markdown), else at a blank line as in CommonMark.
 */
function tokenizeHtmlFlow(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let line = ''
  let name: string | undefined
  let depth = 0
  const tracked: Effects = {
    ...effects,
    consume(code) {
      if (code !== codes.eof && !markdownLineEnding(code)) line += String.fromCharCode(code)
      effects.consume(code)
    },
    check(construct, returnOk, returnNok) {
      // CommonMark's block goes on at the end of a line unless a blank line follows (its check
      // `blankLineBefore`); ours also ends where the first element has closed, and before the
      // closing tag of an open Markdown-in-HTML element, as Python-Markdown closes that element
      // there and reads what follows as Markdown.
      if (!isBlankLineBefore(construct)) return effects.check(construct, returnOk, returnNok)
      if (closedAtEndOfLine()) return returnOk as State
      return effects.check(closingTagNext, returnOk as State, effects.check(construct, returnOk, returnNok))
    }
  }
  return effects.check(this.interrupt ? opensRawBlockInterrupting : opensRawBlock, htmlFlow.tokenize.call(this, tracked, ok, nok), nok)

  /** Count the line's tags named like the first one (each line once, so long blocks stay linear). */
  function closedAtEndOfLine(): boolean {
    name ??= /^\s*<([a-z][a-z\d-]*)/i.exec(line)?.[1]?.toLowerCase()
    if (name) {
      depth += line.match(new RegExp(`<${name}(?=[\\s/>]|$)`, 'gi'))?.length ?? 0
      depth -= line.match(new RegExp(`</${name}\\s*>`, 'gi'))?.length ?? 0
    }
    line = ''
    return name !== undefined && depth <= 0
  }
}

const closingTagNext: Construct = {tokenize: tokenizeClosingTagNext, partial: true}

/**
 * At the end of a line of an HTML block: the next line holds only the closing tag of an open
 * Markdown-in-HTML element.
 *
 * ```markdown
 *   | <div markdown>
 * > | <section>
 *              ^
 * > | </div>
 *   | *Markdown*
 * ```
 */
function tokenizeClosingTagNext(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this
  let name = ''
  let offset = 0
  let column = 0
  let lineStart = 0

  return function (code: Code) {
    assert(markdownLineEnding(code), 'expected a line ending')
    effects.enter(types.lineEnding)
    effects.consume(code)
    effects.exit(types.lineEnding)
    return lineBegin
  }

  /** At the first code of the next line, after the prefixes of the containers (so where its content starts). */
  function lineBegin(code: Code): State | undefined {
    lineStart = self.now().column
    // Indented by four or more it would be code, not a tag.
    return factorySpace(effects, lessThan, types.linePrefix, constants.tabSize)(code)
  }

  function lessThan(code: Code): State | undefined {
    if (code !== codes.lessThan) return nok(code)
    offset = self.now().offset
    column = self.now().column
    effects.enter('mkdocsHtmlFlowCheck')
    effects.consume(code)
    return slash
  }

  function slash(code: Code): State | undefined {
    if (code !== codes.slash) return nok(code)
    effects.consume(code)
    return tagName
  }

  function tagName(code: Code): State | undefined {
    if (asciiAlphanumeric(code)) {
      name += String.fromCharCode(code as number).toLowerCase()
      effects.consume(code)
      return tagName
    }
    return name === '' ? nok(code) : beforeEnd(code)
  }

  function beforeEnd(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.consume(code)
      return beforeEnd
    }
    if (code !== codes.greaterThan) return nok(code)
    effects.consume(code)
    return afterEnd
  }

  function afterEnd(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.consume(code)
      return afterEnd
    }
    if (code !== codes.eof && !markdownLineEnding(code)) return nok(code)
    effects.exit('mkdocsHtmlFlowCheck')
    return closesOpenElement(self.parser, name, offset, column, lineStart) ? ok(code) : nok(code)
  }
}

/** Whether a construct is CommonMark's check for a blank line that ends an HTML block of kind 6 or 7. */
function isBlankLineBefore(construct: Construct | Construct[] | Construct['tokenize'] | Record<string, unknown>): boolean {
  return !Array.isArray(construct) && typeof construct === 'object' && 'tokenize' in construct && typeof construct.tokenize === 'function' && construct.tokenize.name === 'tokenizeBlankLineBefore'
}

/** A check that succeeds when the line at `<` opens a raw HTML block in Python-Markdown. */
function opensRawBlockTokenizer(interrupt: boolean): Construct['tokenize'] {
  return function tokenizeOpensRawBlock(effects: Effects, ok: State, nok: State): State {
    let name = ''
    let closing = false
    let dashes = 0

    return start

    /** End the check: the line opens a raw block. */
    function accept(code: Code): State | undefined {
      effects.exit('mkdocsHtmlFlowCheck')
      return ok(code)
    }

    /** At `<`. */
    function start(code: Code): State | undefined {
      effects.enter('mkdocsHtmlFlowCheck')
      effects.consume(code)
      return open
    }

    /** After `<`: `/`, a tag name, `!` or `?`. */
    function open(code: Code): State | undefined {
      if (code === codes.slash) {
        closing = true
        effects.consume(code)
        return tagNameStart
      }
      if (code === codes.exclamationMark) {
        effects.consume(code)
        return declaration
      }
      if (code === codes.questionMark) return accept(code)
      return tagNameStart(code)
    }

    /** At the first letter of a tag name. */
    function tagNameStart(code: Code): State | undefined {
      return asciiAlpha(code) ? tagName(code) : nok(code)
    }

    /** In a tag name. */
    function tagName(code: Code): State | undefined {
      if (asciiAlphanumeric(code) || code === codes.dash) {
        name += String.fromCharCode(code as number)
        effects.consume(code)
        return tagName
      }
      const lower = name.toLowerCase()
      if (!blockLevel.has(lower)) return nok(code)
      // A tag of CommonMark's kind 7 (`</pre>`, `<output>`) never interrupts a paragraph, not even on
      // a lazy line, where micromark's HTML block lets it: there the block was found only after the
      // lazy line had been taken into the open list item or quote, so it landed inside it
      // (`- a` then `</pre>`), and written back indented it became the item's second paragraph.
      // Python-Markdown keeps such a line in the paragraph too.
      const kind7 = !htmlBlockNames.includes(lower) && (closing || !htmlRawNames.includes(lower))
      return kind7 && interrupt ? nok(code) : accept(code)
    }

    /** After `<!`: a comment (`--`) or a declaration, which stays raw. */
    function declaration(code: Code): State | undefined {
      if (code === codes.dash && dashes < 2) {
        dashes++
        effects.consume(code)
        return declaration
      }
      return dashes === 2 ? comment(code) : accept(code)
    }

    /** In a comment, looking for `-->` on this line; a comment that goes on to later lines stays raw. */
    function comment(code: Code): State | undefined {
      if (code === codes.eof || markdownLineEnding(code)) return accept(code)
      if (code === codes.greaterThan && dashes >= 2) {
        effects.consume(code)
        return afterComment
      }
      dashes = code === codes.dash ? dashes + 1 : 0
      effects.consume(code)
      return comment
    }

    /** After `-->`: raw only when the rest of the line is blank. */
    function afterComment(code: Code): State | undefined {
      if (code === codes.eof || markdownLineEnding(code)) return accept(code)
      if (markdownSpace(code)) {
        effects.consume(code)
        return afterComment
      }
      return nok(code)
    }
  }
}
