import {asciiDigit} from 'micromark-util-character'
import {codes, types} from 'micromark-util-symbol'
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types'
import './tokens.js'

/**
 * What each smart symbol reads as (pymdownx.smartsymbols). Ordinals (`1st`, `22nd`) read as
 * written; renderers raise their suffix.
 */
export const smartSymbols: ReadonlyMap<string, string> = new Map([
  ['(tm)', '™'],
  ['(c)', '©'],
  ['(r)', '®'],
  ['+/-', '±'],
  ['=/=', '≠'],
  ['c/o', '℅'],
  ['-->', '→'],
  ['<--', '←'],
  ['<-->', '↔'],
  ['1/4', '¼'],
  ['1/2', '½'],
  ['3/4', '¾'],
  ['1/3', '⅓'],
  ['2/3', '⅔'],
  ['1/5', '⅕'],
  ['2/5', '⅖'],
  ['3/5', '⅗'],
  ['4/5', '⅘'],
  ['1/6', '⅙'],
  ['5/6', '⅚'],
  ['1/8', '⅛'],
  ['3/8', '⅜'],
  ['5/8', '⅝'],
  ['7/8', '⅞']
])

/** The longest symbol written with punctuation, so tokenizing never looks further. */
const fixed = [...smartSymbols.keys()].filter((source) => !asciiDigit(source.charCodeAt(0)))

/**
 * Extension for `micromark` for smart symbols (pymdownx.smartsymbols): `(c)`, `(r)`, `(tm)`,
 * `+/-`, `=/=`, `c/o`, `-->`, `<--`, `<-->`, the fractions `1/2` … `7/8` and ordinals `1st`,
 * `2nd`, `3rd`, `11th`, as `mkdocsSmartSymbol` tokens.
 */
export function mkdocsSmartSymbols(): Extension {
  const symbol: Construct = {name: 'mkdocsSmartSymbol', tokenize: tokenizeSymbol}
  const number: Construct = {name: 'mkdocsSmartSymbol', tokenize: tokenizeNumber, previous: notDigit}
  const text: Record<number, Construct> = {}
  for (const source of fixed) text[source.charCodeAt(0)] = symbol
  for (let digit = codes.digit0; digit <= codes.digit9; digit++) text[digit] = number
  return {text}
}

/** A letter, digit or `_` (Python's `\w`). */
function wordCharacter(code: Code): boolean {
  return code !== null && code >= 0 && (code === codes.underscore || /[\p{L}\p{N}]/u.test(String.fromCodePoint(code)))
}

function notDigit(this: TokenizeContext, code: Code): boolean {
  return !asciiDigit(code)
}

/** `(c)`, `-->`, `<-->`, `c/o`: the longest fixed symbol that matches here. */
function tokenizeSymbol(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this
  const previous = this.previous
  let candidates = fixed
  let seen = ''

  return function start(code: Code) {
    // `c/o` starts a word; `-->` does not end a longer run of dashes.
    if ((code === codes.lowercaseC && wordCharacter(previous)) || (code === codes.dash && previous === codes.dash)) return nok(code)
    effects.enter('mkdocsSmartSymbol')
    return inside(code)
  }

  function inside(code: Code): State | undefined {
    const next = seen + (code === null || code < 0 ? '\u0000' : String.fromCodePoint(code))
    const longer = candidates.filter((source) => source.startsWith(next))
    if (longer.length === 0) return done(code)
    candidates = longer
    seen = next
    effects.consume(code)
    return inside
  }

  function done(code: Code): State | undefined {
    if (!smartSymbols.has(seen)) return nok(code)
    // `<--` is not the start of a longer run of dashes; `c/o` ends a word.
    if (seen === '<--' && code === codes.dash) return nok(code)
    if (seen === '-->' && closesComment(self)) return nok(code)
    if (seen === 'c/o' && wordCharacter(code)) return nok(code)
    effects.exit('mkdocsSmartSymbol')
    return ok(code)
  }
}

/**
 * Whether a `-->` closes a comment Python-Markdown still has open: it reads the degenerate
 * comments `<!-->` and `<!--->` (complete in CommonMark) as opening one that runs to the next `-->`.
 */
function closesComment(context: TokenizeContext): boolean {
  return context.events.some(([kind, token]) => {
    if (kind !== 'exit' || token.type !== types.htmlText) return false
    const html = context.sliceSerialize(token)
    return html === '<!-->' || html === '<!--->'
  })
}

/** A fraction (`1/2`, not inside a longer number) or an ordinal (`1st`, `22nd`, `11th`, as a whole word). */
function tokenizeNumber(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const wordStart = !wordCharacter(this.previous)
  let digits = ''
  let suffix = ''

  return function start(code: Code) {
    effects.enter('mkdocsSmartSymbol')
    return number(code)
  }

  function number(code: Code): State | undefined {
    if (asciiDigit(code)) {
      digits += String.fromCharCode(code as number)
      effects.consume(code)
      return number
    }
    if (code === codes.slash && digits.length === 1) {
      effects.consume(code)
      return denominator
    }
    if (wordStart && (code === codes.lowercaseS || code === codes.lowercaseN || code === codes.lowercaseR || code === codes.lowercaseT)) {
      return ordinal(code)
    }
    return nok(code)
  }

  function denominator(code: Code): State | undefined {
    if (!asciiDigit(code)) return nok(code)
    const source = `${digits}/${String.fromCharCode(code as number)}`
    if (!smartSymbols.has(source)) return nok(code)
    effects.consume(code)
    return function (code: Code) {
      if (asciiDigit(code)) return nok(code)
      effects.exit('mkdocsSmartSymbol')
      return ok(code)
    }
  }

  function ordinal(code: Code): State | undefined {
    if (suffix.length < 2 && code !== null && code >= codes.lowercaseA && code <= codes.lowercaseZ) {
      suffix += String.fromCharCode(code)
      effects.consume(code)
      return ordinal
    }
    if (suffix.length !== 2 || wordCharacter(code) || suffix !== ordinalSuffix(digits)) return nok(code)
    effects.exit('mkdocsSmartSymbol')
    return ok(code)
  }
}

/** The suffix English writes after a number (`st`, `nd`, `rd`, `th`), or '' when it takes none (`01`). */
function ordinalSuffix(digits: string): string {
  if (digits.length > 1 && digits.startsWith('0')) return ''
  const last = digits.at(-1)
  if (digits.at(-2) === '1' && (last === '1' || last === '2' || last === '3')) return 'th'
  return last === '1' ? 'st' : last === '2' ? 'nd' : last === '3' ? 'rd' : 'th'
}
