import type {Extension as FromMarkdownExtension, Handle as FromMarkdownHandle} from 'mdast-util-from-markdown'
import type {Handle, Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import type {Text} from 'mdast'
import type {InlineMath, Math} from '../types.js'
import {phrasingSpans} from './unsafe.js'
import '../micromark/tokens.js'

/** Extension for `mdast-util-from-markdown`: `inlineMath` and `math` nodes holding the TeX. */
export function mkdocsMathFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {mkdocsMathText: enterText, mkdocsMathFlow: enterFlow},
    exit: {mkdocsMathText: exitText, mkdocsMathFlow: exitFlow, mkdocsMathFlowValue: exitFlowValue}
  }
}

/** Extension for `mdast-util-to-markdown`: math back with its delimiters; text that would read as math is escaped. */
export function mkdocsMathToMarkdown(): ToMarkdownExtension {
  return {
    handlers: {
      inlineMath: (node: InlineMath) => (node.delimiter === '$' ? `$${node.value}$` : `\\(${node.value}\\)`),
      math,
      text
    },
    unsafe: [
      // Only a `$` that a later `$` would close (`$5 and $10` and `[$ref]` stay as written). A
      // lookahead, so that each `$` of a run is tested (`$d$>$`). Text is checked again once
      // written (`escapeOpeningDollars`).
      {character: '$', inConstruct: 'phrasing', notInConstruct: phrasingSpans, after: '(?=[^\\s$](?:[^$]*[^\\s\\\\])?\\$)'},
      {character: '$', atBreak: true, after: '\\$'},
      // `$$` before another `$`: escaping only its second `$` (as the rules above may) would let the first open a formula over `\$`.
      {character: '$', inConstruct: 'phrasing', notInConstruct: phrasingSpans, after: '\\$[\\s\\S]*\\$'},
      {character: '\\', atBreak: true, after: 'begin\\{'}
    ]
  }
}

/**
 * Block math on three lines: delimiter, formula, delimiter. An empty formula goes on one line (on
 * three, its blank line would end it before it closed), and the closing delimiter goes on the
 * formula's last line when that line ends with one (`$$$$$$` holds `$$`): there it would close
 * the block, leaving the delimiter after it as text.
 */
function math(node: Math): string {
  if (node.delimiter === 'environment') return node.value
  const [open, close] = node.delimiter === '$$' ? ['$$', '$$'] : ['\\[', '\\]']
  if (node.value === '') return open + close
  const last = node.value.split(/\r\n|\r|\n/).at(-1)!
  // As `closes` in `math-flow.ts` reads a line: `\$$` is an escaped dollar and a dollar.
  const closing = last.endsWith(close) && !(close === '$$' && last.at(-3) === '\\')
  return open + '\n' + node.value + (closing ? '' : '\n') + close
}

const enterText: FromMarkdownHandle = function (token) {
  const source = this.sliceSerialize(token)
  const dollar = source.startsWith('$')
  this.enter({type: 'inlineMath', value: dollar ? source.slice(1, -1) : source.slice(2, -2), delimiter: dollar ? '$' : '\\('}, token)
}

const exitText: FromMarkdownHandle = function (token) {
  this.exit(token)
}

// Lines of the block, gathered as they close; the delimiters come off at the end.
const lines = new WeakMap<Math, string[]>()

const enterFlow: FromMarkdownHandle = function (token) {
  const node: Math = {type: 'math', value: '', delimiter: '$$'}
  lines.set(node, [])
  this.enter(node, token)
}

const exitFlowValue: FromMarkdownHandle = function (token) {
  const node = this.stack[this.stack.length - 1]
  if (node?.type === 'math') lines.get(node)?.push(this.sliceSerialize(token))
}

const exitFlow: FromMarkdownHandle = function (token) {
  const node = this.stack[this.stack.length - 1]
  if (node?.type === 'math') {
    const text = (lines.get(node) ?? []).join('\n').trim()
    if (text.startsWith('$$')) {
      node.delimiter = '$$'
      node.value = text.slice(2, -2).trim()
    } else if (text.startsWith('\\[')) {
      node.delimiter = '\\['
      node.value = text.slice(2, -2).trim()
    } else {
      node.delimiter = 'environment'
      node.value = text
    }
  }
  this.exit(token)
}

/**
 * Text as the default handler writes it, except that a `[` escaped at the start of a line (`\[`)
 * is written `&#91;` where it could open block math: at the start of a block (block math,
 * once open, reads the lines after it, even those of a nested list, before it fails: the text
 * `[` before a nested list, written `\[`, would read back with the list as its text), and
 * anywhere when a line of the text ends with `\]`: together they would open and close block
 * math (the text `[a\]` written `\[a\\]` would read back as a formula).
 */
const text: Handle = function (node: Text, parent, state, info) {
  // An autolink (`<https://a.b/$>`) is read whole, with no formula and no escape in it: a `\`
  // written there would become part of its address.
  if (state.stack.includes('autolink')) return state.safe(node.value, info)
  const last = parent !== undefined && parent.children.at(-1) === node && inlineEnds.has(parent.type)
  const value = escapeOpeningDollars(protectMath(state.safe(node.value, info)), last)
  const atBlockStart = info.before === '' || info.before === '\n'
  if (!/\\\][ \t]*(?:\n|$)/.test(value)) return atBlockStart && value.startsWith('\\[') ? `&#91;${value.slice(2)}` : value
  return value.replace(/(^|\n)\\\[/g, (match, start: string) => (start === '' && !atBlockStart ? match : `${start}&#91;`))
}

/**
 * Text as written by the default handler, made safe from math: an escaped `(` (`]\(` keeps
 * `](` from reading as a link) is written `&#40;`, since `\(` opens inline math that a later
 * `\)` closes (`]([](\\))` would read back with a formula in it); and where two dollars
 * still touch (`$$`, `\$$`: the escape rules above see the text before escaping, so a run of
 * dollars can keep one that pairs with another), every dollar is escaped.
 */
function protectMath(value: string): string {
  const dollars = /(?:^|[^\\])\$\$|\\\$\$/.test(value)
  if (!value.includes('\\(') && !dollars) return value
  let result = ''
  for (let index = 0; index < value.length; index++) {
    const character = value[index]!
    if (character === '\\' && value[index + 1] === '(') {
      result += '&#40;'
      index++
    } else if (character === '\\') {
      result += value.slice(index, index + 2)
      index++
    } else {
      result += dollars && character === '$' ? '\\$' : character
    }
  }
  return result
}

/** Nodes whose inline content ends with their last child: a formula cannot run past it. */
const inlineEnds = new Set(['paragraph', 'heading', 'tableCell', 'defListTerm', 'admonitionTitle', 'tabLabel'])

/**
 * Written text with a `\` before each `$` that would open a formula closed in it, read as
 * `math-text.ts` reads (escapes skipped, a backtick or a `$` after white space ends the attempt),
 * and, unless the text is the last of its paragraph (`last`), before each `$` whose formula is
 * still open at its end, which what follows (`$a *b* c$`) could close. The escape rules above see
 * the text before escaping, where a `$` that stops a formula may then be escaped: `$b $a$b` (text)
 * written `$b \$a$b` would read as one formula.
 */
function escapeOpeningDollars(value: string, last: boolean): string {
  // The dollars and backticks not escaped, left to right.
  const dollars: number[] = []
  const ticks: number[] = []
  for (let index = 0; index < value.length; index++) {
    if (value[index] === '\\') index++
    else if (value[index] === '$') dollars.push(index)
    else if (value[index] === '`') ticks.push(index)
  }
  // Decided right to left: escaping a `$` changes where the formula of a `$` before it closes
  // (`$a $*$b`: once the second `$` is escaped, the first one's formula runs to the third), never
  // what a `$` after it opens. Each formula stops at the first backtick or dollar left bare after
  // it, kept as the walk goes, so the text is read once.
  const space = /\s/
  const escaped: number[] = []
  let bare: number | undefined
  let tick = ticks.length
  for (let at = dollars.length - 1; at >= 0; at--) {
    const index = dollars[at]!
    while (tick > 0 && ticks[tick - 1]! > index) tick--
    const nextTick = ticks[tick]
    const first = value[index + 1]
    let closes: boolean | undefined
    if (first === undefined) closes = undefined
    else if (space.test(first) || bare === index + 1) closes = false
    else if (nextTick !== undefined && (bare === undefined || nextTick < bare)) closes = false
    // The character before the closing `$` (an escaped one counts as itself).
    else closes = bare === undefined ? undefined : !space.test(value[bare - 1]!)
    if (closes ?? !last) escaped.push(index)
    else bare = index
  }
  let result = ''
  let from = 0
  for (const index of escaped.reverse()) {
    result += value.slice(from, index) + '\\'
    from = index
  }
  return result + value.slice(from)
}
