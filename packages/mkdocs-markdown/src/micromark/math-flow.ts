import {ok as assert} from 'devlop'
import {factorySpace} from 'micromark-factory-space'
import {markdownLineEnding, markdownSpace} from 'micromark-util-character'
import {codes, types} from 'micromark-util-symbol'
import type {Code, Construct, Effects, ParseContext, State, TokenizeContext} from 'micromark-util-types'
import './tokens.js'

/**
 * Block math as pymdownx.arithmatex reads it: a block that starts with `$$`, `\[` or
 * `\begin{env}` and ends, on the same line or a later one, with `$$`, `\]` or `\end{env}`,
 * with no blank line in between. It does not interrupt a paragraph. Each line is a
 * `mkdocsMathFlowValue` token; the delimiters stay in the first and last one.
 */
export const mathFlow: Construct = {name: 'mkdocsMathFlow', tokenize: tokenizeMathFlow, concrete: true}

const nonLazyLine: Construct = {tokenize: tokenizeNonLazyLine, partial: true}

/**
 * A block is concrete: while micromark reads it, no list, quote or other container can start on
 * its lines. One that never closes is no block, but by then its lines went to the paragraph as
 * text (`$$` then `- a` hid the list, and written back the list came out). So the document looks
 * ahead, at the start of each line that could open a block, for whether a later line closes it
 * before a blank line or the end (`mathFlowLookahead`); a block that cannot close is not tried.
 * The look ahead reads raw lines, container markers and all, so it may say yes where the block
 * then fails (as before), never no where it closes.
 */
interface Closable {
  /** By the offset of a block's first character: whether it can close. */
  at: Map<number, boolean>
  /**
   * The last run of lines scanned (from `start` to the blank line or end at `end`), with the
   * offset of the last line ending with each closing delimiter: a block opening inside it is
   * answered without scanning again, so a page of unclosed openers stays linear.
   */
  scanned?: {start: number; end: number; last: Map<string, number>}
}

const documents = new WeakMap<ParseContext, Closable>()

function closable(parser: ParseContext): Closable {
  let state = documents.get(parser)
  if (!state) {
    state = {at: new Map()}
    documents.set(parser, state)
  }
  return state
}

/** Document construct that never matches: it records whether a block math opening here closes. */
export const mathFlowLookahead: Construct = {name: 'mkdocsMathFlowLookahead', tokenize: tokenizeLookahead}

function tokenizeMathFlow(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this
  const tail = self.events[self.events.length - 1]
  const indent = tail && tail[1].type === types.linePrefix ? tail[2].sliceSerialize(tail[1], true).length : 0
  let line = ''
  let closer = ''
  let first = true

  return start

  /**
   * At the block's first character.
   *
   * ```markdown
   * > | $$
   *     ^
   *   | x^2
   *   | $$
   * ```
   */
  function start(code: Code): State | undefined {
    assert(code === codes.dollarSign || code === codes.backslash, 'expected `$` or `\\`')
    if (self.interrupt || closable(self.parser).at.get(self.now().offset) === false) return nok(code)
    effects.enter('mkdocsMathFlow')
    effects.enter('mkdocsMathFlowValue')
    return inside(code)
  }

  function inside(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit('mkdocsMathFlowValue')
      if (first) {
        closer = opening(line)
        if (closer === '') return nok(code)
      }
      const open = first ? openingLength(line, closer) : 0
      if (closes(line, closer, open)) {
        effects.exit('mkdocsMathFlow')
        return ok(code)
      }
      if (code === codes.eof) return nok(code)
      first = false
      line = ''
      return effects.attempt(nonLazyLine, lineStart, nok)(code)
    }
    line += character(code)
    effects.consume(code)
    return inside
  }

  function lineStart(code: Code): State | undefined {
    return indent > 0 ? factorySpace(effects, contentStart, types.linePrefix, indent + 1)(code) : contentStart(code)
  }

  // A blank line ends the block before it closed: not math.
  function contentStart(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return nok(code)
    effects.enter('mkdocsMathFlowValue')
    return blank(code)
  }

  function blank(code: Code): State | undefined {
    if (markdownSpace(code)) {
      line += character(code)
      effects.consume(code)
      return blank
    }
    if (code === codes.eof || markdownLineEnding(code)) return nok(code)
    return inside(code)
  }
}

/** The text of a character code: tabs come as negative codes (and virtual spaces after them). */
function character(code: Code): string {
  if (code === codes.horizontalTab) return '\t'
  return code === null || code < 0 ? '' : String.fromCodePoint(code)
}

/** The closing delimiter a first line opens with (`$$`, `\]`, `\end{align}`), or ''. */
function opening(line: string): string {
  if (line.startsWith('$$')) return '$$'
  if (line.startsWith('\\[')) return '\\]'
  const begin = /^\\begin\{([a-z]+\*?)\}/.exec(line)
  return begin ? `\\end{${begin[1]}}` : ''
}

/** How many characters the opening delimiter takes (`\begin{…}` stays in the formula). */
function openingLength(line: string, closer: string): number {
  return closer.startsWith('\\end') ? /^\\begin\{[^}]*\}/.exec(line)?.[0].length ?? 0 : 2
}

/** The closing delimiter a later line of a block ends with (`$$`, `\\]`, `\\end{align}`), or ''. */
function closing(line: string): string {
  const trimmed = line.replace(/[ \t]+$/, '')
  if (trimmed.endsWith('$$')) return trimmed.at(-3) === '\\' ? '' : '$$'
  if (trimmed.endsWith('\\]')) return '\\]'
  return /\\end\{[a-z]+\*?\}$/.exec(trimmed)?.[0] ?? ''
}

/** Whether a line, after its first `from` characters, ends with the closing delimiter. */
function closes(line: string, closer: string, from: number): boolean {
  const trimmed = line.replace(/[ \t]+$/, '')
  if (!trimmed.endsWith(closer) || trimmed.length - closer.length < from) return false
  // `\$$` is an escaped dollar and then one `$`, not the closing `$$`.
  return !(closer === '$$' && trimmed.at(-3) === '\\')
}

function tokenizeLookahead(this: TokenizeContext, effects: Effects, _ok: State, nok: State): State {
  const state = closable(this.parser)
  const at = this.now().offset
  const self = this
  let line = ''
  let closer = ''
  let lineStart = 0
  // Where the line after the first one starts.
  let afterFirst = 0

  return start

  /** At `$` or `\\` at the start of a line's content. */
  function start(code: Code): State | undefined {
    if (state.at.has(at)) return nok(code)
    effects.enter('mkdocsMathFlowLookahead')
    return first(code)
  }

  /** In the first line. */
  function first(code: Code): State | undefined {
    if (code !== codes.eof && !markdownLineEnding(code)) {
      // Only `$$`, `\[` and `\begin` open a block: leave other lines at their second character.
      if (line.length === 1 && !(line === '$' ? code === codes.dollarSign : code === codes.leftSquareBracket || code === codes.lowercaseB)) return done(code)
      line += character(code)
      effects.consume(code)
      return first
    }
    closer = opening(line)
    if (closer === '') return done(code)
    if (closes(line, closer, openingLength(line, closer)) || code === codes.eof) {
      state.at.set(at, code !== codes.eof)
      return done(code)
    }
    effects.consume(code)
    afterFirst = self.now().offset
    lineStart = afterFirst
    const scanned = state.scanned
    if (scanned && scanned.start <= afterFirst && afterFirst <= scanned.end) return answer(code)
    state.scanned = {start: lineStart, end: lineStart, last: new Map()}
    line = ''
    return scan
  }

  /** In a later line, up to a blank line or the end. */
  function scan(code: Code): State | undefined {
    const scanned = state.scanned
    assert(scanned, 'expected a scan')
    if (code !== codes.eof && !markdownLineEnding(code)) {
      line += character(code)
      effects.consume(code)
      return scan
    }
    if (/^[ \t]*$/.test(line)) {
      scanned.end = lineStart
      return answer(code)
    }
    const ending = closing(line)
    if (ending) scanned.last.set(ending, lineStart)
    if (code === codes.eof) {
      scanned.end = self.now().offset
      return answer(code)
    }
    effects.consume(code)
    lineStart = self.now().offset
    line = ''
    return scan
  }

  /** Record whether a line of the scanned run after the first one closes the block. */
  function answer(code: Code): State | undefined {
    state.at.set(at, (state.scanned?.last.get(closer) ?? -1) >= afterFirst)
    return done(code)
  }

  function done(code: Code): State | undefined {
    effects.exit('mkdocsMathFlowLookahead')
    return nok(code)
  }
}

function tokenizeNonLazyLine(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this
  return function (code: Code) {
    assert(markdownLineEnding(code), 'expected a line ending')
    effects.enter(types.lineEnding)
    effects.consume(code)
    effects.exit(types.lineEnding)
    return function (code: Code) {
      return self.parser.lazy[self.now().line] ? nok(code) : ok(code)
    }
  }
}
