import {ok as assert} from 'devlop'
import {splice} from 'micromark-util-chunked'
import {classifyCharacter} from 'micromark-util-classify-character'
import {resolveAll} from 'micromark-util-resolve-all'
import {codes, constants, types} from 'micromark-util-symbol'
import type {Code, Effects, Event, Extension, State, Token, TokenizeContext, TokenType} from 'micromark-util-types'
import './tokens.js'

/** The spans a marker makes: `mkdocsMark` makes `mkdocsMark`, `mkdocsMarkSequence` and `mkdocsMarkText` tokens. */
export type SpanToken = 'mkdocsMark' | 'mkdocsInsert' | 'mkdocsSuperscript' | 'mkdocsSubscript'

/** What one marker character means, by how many are written. */
export interface SpanMarker {
  marker: typeof codes.equalsTo | typeof codes.caret | typeof codes.tilde
  /** The temporary token of this marker's runs before they are paired. */
  temporary: 'mkdocsMarkSequenceTemporary' | 'mkdocsCaretSequenceTemporary' | 'mkdocsTildeSequenceTemporary'
  /** `^sup^`, `~sub~`: no white space inside, may sit inside a word (`H~2~O`). */
  single?: SpanToken
  /** `==mark==`, `^^ins^^`: pymdownx's "smart" rule, never inside a word (`a==b==c` stays text). */
  double?: SpanToken
}

/**
 * Extension for `micromark` for an attention-like marker, after GFM strikethrough: runs of the
 * marker are tokenized alone, then a resolver pairs an opening run with the nearest later closing
 * run of the same length and wraps what lies between. Runs of a length the marker does not use
 * fail, so another construct (GFM's `~~`) may take them.
 */
export function spanMarkers(spec: SpanMarker): Extension {
  const construct = {name: spec.temporary, tokenize, resolveAll: resolve}
  return {
    text: {[spec.marker]: construct},
    insideSpan: {null: [construct]},
    attentionMarkers: {null: [spec.marker]}
  }

  function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const previous = this.previous
    const events = this.events
    let size = 0

    return start

    /**
     * At the first marker.
     *
     * ```markdown
     * > | H~2~O
     *      ^
     * ```
     */
    function start(code: Code): State | undefined {
      assert(code === spec.marker, 'expected the marker')
      // The middle of a longer run: the run's first character decided already.
      if (previous === spec.marker && events[events.length - 1]?.[1].type !== types.characterEscape) return nok(code)
      effects.enter(spec.temporary)
      return more(code)
    }

    /**
     * In the run.
     *
     * ```markdown
     * > | ==mark==
     *     ^^
     * ```
     */
    function more(code: Code): State | undefined {
      if (code === spec.marker) {
        if (size === 2) return nok(code)
        effects.consume(code)
        size++
        return more
      }
      const kind = size === 1 ? spec.single : spec.double
      if (!kind) return nok(code)
      const token = effects.exit(spec.temporary)
      const before = classifyCharacter(previous)
      const after = classifyCharacter(code)
      if (size === 1) {
        token._open = after !== constants.characterGroupWhitespace
        token._close = before !== constants.characterGroupWhitespace
      } else {
        token._open = after !== constants.characterGroupWhitespace && !wordCharacter(previous)
        token._close = before !== constants.characterGroupWhitespace && !wordCharacter(code)
      }
      return ok(code)
    }
  }

  function resolve(events: Event[], context: TokenizeContext): Event[] {
    let index = -1
    while (++index < events.length) {
      const closer = events[index]?.[1]
      if (events[index]?.[0] !== 'enter' || closer?.type !== spec.temporary || !closer._close) continue
      let open = index
      while (open--) {
        const opener = events[open]?.[1]
        if (events[open]?.[0] !== 'exit' || opener?.type !== spec.temporary || !opener._open) continue
        const size = length(closer)
        if (length(opener) !== size) continue
        // `^sup^` and `~sub~` hold no white space (pymdownx: `x^a b^` stays text).
        if (size === 1 && /\s/.test(context.sliceSerialize({start: opener.end, end: closer.start}))) continue
        const type = (size === 1 ? spec.single : spec.double) as SpanToken
        opener.type = `${type}Sequence` as TokenType
        closer.type = `${type}Sequence` as TokenType
        const span: Token = {type, start: {...opener.start}, end: {...closer.end}}
        const text: Token = {type: `${type}Text` as TokenType, start: {...opener.end}, end: {...closer.start}}
        const next: Event[] = [
          ['enter', span, context],
          ['enter', opener, context],
          ['exit', opener, context],
          ['enter', text, context]
        ]
        const insideSpan = context.parser.constructs.insideSpan.null
        splice(next, next.length, 0, insideSpan ? resolveAll(insideSpan, events.slice(open + 1, index), context) : events.slice(open + 1, index))
        splice(next, next.length, 0, [
          ['exit', text, context],
          ['enter', closer, context],
          ['exit', closer, context],
          ['exit', span, context]
        ])
        splice(events, open - 1, index - open + 3, next)
        index = open + next.length - 2
        break
      }
    }
    // Runs left unpaired are text.
    for (const event of events) {
      if (event[1].type === spec.temporary) event[1].type = types.data
    }
    return events
  }
}

function length(token: Token): number {
  return token.end.offset - token.start.offset
}

/** A letter or digit (Python's `\w` less `_`, which pymdownx lets sit beside a marker). */
function wordCharacter(code: Code): boolean {
  return code !== null && code >= 0 && /[\p{L}\p{N}]/u.test(String.fromCodePoint(code))
}

