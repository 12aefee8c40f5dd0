import {ok as assert} from 'devlop'
import {factorySpace} from 'micromark-factory-space'
import {markdownLineEnding, markdownSpace} from 'micromark-util-character'
import {codes, types} from 'micromark-util-symbol'
import type {Code, Construct, Effects, State, TokenizeContext} from 'micromark-util-types'
import './tokens.js'

/**
 * Block math as pymdownx.arithmatex reads it: a block that starts with `$$`, `\[` or
 * `\begin{env}` and ends, on the same line or a later one, with `$$`, `\]` or `\end{env}`,
 * with no blank line in between. It does not interrupt a paragraph. Each line is a
 * `mkdocsMathFlowValue` token; the delimiters stay in the first and last one.
 */
export const mathFlow: Construct = {name: 'mkdocsMathFlow', tokenize: tokenizeMathFlow, concrete: true}

const nonLazyLine: Construct = {tokenize: tokenizeNonLazyLine, partial: true}

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
    if (self.interrupt) return nok(code)
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

/** Whether a line, after its first `from` characters, ends with the closing delimiter. */
function closes(line: string, closer: string, from: number): boolean {
  const trimmed = line.replace(/[ \t]+$/, '')
  if (!trimmed.endsWith(closer) || trimmed.length - closer.length < from) return false
  // `\$$` is an escaped dollar and then one `$`, not the closing `$$`.
  return !(closer === '$$' && trimmed.at(-3) === '\\')
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
