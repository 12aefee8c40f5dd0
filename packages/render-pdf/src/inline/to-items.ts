import type {FontName} from '../fonts.js'
import {syllables} from '../hyphenate.js'
import type {Item, Run, RunMarks, TextStyle} from './types.js'

/**
 * What turning runs into items needs from a document: widths, and the face that can draw a text.
 * `width` and `covers` must depend on their arguments only (words are cut once per thread).
 */
export interface Measurer {
  width(style: Pick<TextStyle, 'font' | 'size'>, text: string): number
  /** Whether `font` has a glyph for every character of `text`. */
  covers(font: FontName, text: string): boolean
  /** Split `text` into pieces each drawable in one face, `font` where it has the glyphs. */
  cover(font: FontName, text: string): Array<{font: FontName; text: string}>
}

/** The base look of a block: size, colour, and whether it is bold (headings) or mono (code). */
export interface BlockStyle {
  size: number
  color: string
  bold?: boolean
  italic?: boolean
  mono?: boolean
  /** Hyphenation in the document's language; off for headings and code. */
  hyphenate: boolean
}

/** The face for a combination of marks. */
export function fontFor(marks: RunMarks): FontName {
  if (marks.mono) return marks.bold ? 'monoBold' : 'mono'
  if (marks.bold) return marks.italic ? 'boldItalic' : 'bold'
  return marks.italic ? 'italic' : 'regular'
}

// After these, an address may break without a hyphen (a hyphen would look like part of it).
const urlBreakAfter = /(?<=[/.\-?&=_#~])/

/** Flatten runs into the boxes, spaces and break points the line breaker works on. */
export function toItems(runs: Run[], block: BlockStyle, measurer: Measurer, language: string): Item[] {
  const items: Item[] = []
  for (const run of runs) {
    if (run.kind === 'break') {
      items.push({type: 'newline'})
      continue
    }
    const base: RunMarks = {bold: block.bold, italic: block.italic, mono: block.mono}
    if (run.kind === 'icon') {
      const style: TextStyle = {font: fontFor(base), size: block.size, color: block.color}
      items.push({type: 'icon', icon: run.icon, style, width: block.size * 1.2})
      continue
    }
    if (run.kind === 'image') {
      const style: TextStyle = {font: fontFor(base), size: block.size, color: block.color}
      items.push({type: 'image', picture: run.picture, alt: run.alt, style, width: run.width, height: run.height})
      continue
    }
    if (run.kind === 'raised') {
      const style: TextStyle = {font: 'bold', size: block.size * 0.65, color: block.color, rise: block.size * 0.38}
      items.push({type: 'text', text: run.text, style, width: measurer.width(style, run.text)})
      continue
    }
    if (run.kind === 'note') {
      const style: TextStyle = {font: 'regular', size: block.size * 0.65, color: block.color, rise: block.size * 0.38}
      const text = String(run.note.number)
      items.push({type: 'text', text, style, width: measurer.width(style, text), note: run.note})
      continue
    }
    const marks = {
      bold: run.marks.bold || block.bold,
      italic: run.marks.italic || block.italic,
      mono: run.marks.mono || block.mono,
      strike: run.marks.strike
    }
    const font = fontFor(marks)
    // `<small>`, sub- and superscripts: a smaller size, raised or lowered.
    const size = block.size * (run.marks.sub || run.marks.sup ? 0.72 : run.marks.small ? 0.85 : 1)
    const rise = run.marks.sup ? block.size * 0.35 : run.marks.sub ? -block.size * 0.15 : 0
    const style: TextStyle = {
      font,
      size,
      color: run.marks.color ?? block.color,
      ...(marks.strike ? {strike: true} : {}),
      ...(run.marks.underline ? {underline: true} : {}),
      ...(run.marks.highlight ? {highlight: true} : {}),
      ...(rise === 0 ? {} : {rise})
    }
    const cut = wordsCut(style, run, block, language)
    // In code a no-break space is part of a word, so indentation survives at the start of a line.
    for (const token of run.text.split(marks.mono ? /([^\S\u00A0]+)/ : /(\s+)/)) {
      if (token === '') continue
      if (/^\s+$/.test(token) && !(marks.mono && token.includes('\u00A0'))) {
        // Spaces in code keep their count; elsewhere any run of white space is one space.
        const count = marks.mono ? token.replace(/\n/g, '').length : 1
        if (token.includes('\n') && marks.mono) items.push({type: 'newline'})
        if (count > 0) items.push({type: 'glue', style, width: measurer.width(style, ' '.repeat(count))})
        continue
      }
      pushWord(items, token, style, run, cut, measurer, language)
    }
  }
  return items
}

/** A word's pieces as the line breaker gets them, apart from the run's style and link. */
interface WordPart {
  text: string
  width: number
  /** The break point before this piece: whether it adds a hyphen, and the hyphen's width. */
  breakBefore?: {hyphen: boolean; width: number}
}

// Words by how they are cut (face, size, hyphenation or address, language), then by text. The
// same words recur in every leaflet and handout; splitting, hyphenating, checking every
// character's glyph and measuring each piece once per thread (not once per occurrence) was the
// largest part of laying text out. Widths and glyph coverage depend only on face, size and
// text, so a cached word is exactly what would be worked out again.
const words = new Map<string, Map<string, WordPart[]>>()

/** How a run's words are cut, and the words already cut that way. */
interface WordsCut {
  hyphenate: boolean
  known: Map<string, WordPart[]>
}

function wordsCut(style: TextStyle, run: Extract<Run, {kind: 'text'}>, block: BlockStyle, language: string): WordsCut {
  const hyphenate = !run.url && block.hyphenate && run.hyphenate !== false && !style.font.startsWith('mono')
  const how = `${style.font}\u0000${style.size}\u0000${run.url ? 'url' : hyphenate ? 'hyphenate' : 'whole'}\u0000${language}`
  let known = words.get(how)
  if (!known) {
    known = new Map()
    words.set(how, known)
  }
  return {hyphenate, known}
}

function pushWord(items: Item[], word: string, style: TextStyle, run: Extract<Run, {kind: 'text'}>, {hyphenate, known}: WordsCut, measurer: Measurer, language: string): void {
  let parts = known.get(word)
  if (!parts) {
    const cut = cutWord(word, style, run.url === true, hyphenate, measurer, language)
    // A word with a character this face lacks is drawn in another face (or as `?` with a
    // warning for its document): it goes the long way every time.
    if (cut === null) {
      pushCovered(items, word, style, run, hyphenate, measurer, language)
      return
    }
    parts = cut
    known.set(word, parts)
  }
  const {link} = run
  for (const part of parts) {
    if (part.breakBefore) items.push({type: 'penalty', style, hyphen: part.breakBefore.hyphen, width: part.breakBefore.width})
    items.push(link === undefined ? {type: 'text', text: part.text, style, width: part.width} : {type: 'text', text: part.text, style, width: part.width, link})
  }
}

/** Where a word may break: after address punctuation, after its own hyphens, between syllables. */
function piecesOf(word: string, url: boolean, hyphenate: boolean, language: string): Array<{text: string; hyphen: boolean}> {
  const pieces: Array<{text: string; hyphen: boolean}> = []
  if (url) {
    for (const part of word.split(urlBreakAfter)) pieces.push({text: part, hyphen: false})
  } else {
    // A word with its own hyphen (`юзер-неймы`) may break after it; each half hyphenates too.
    for (const half of word.split(/(?<=[-–—])/)) {
      const parts = hyphenate ? syllables(half, language) : [half]
      parts.forEach((part, index) => pieces.push({text: part, hyphen: index < parts.length - 1}))
    }
  }
  return pieces
}

/** A word's parts when its face has every character; null when some piece needs another face. */
function cutWord(word: string, style: TextStyle, url: boolean, hyphenate: boolean, measurer: Measurer, language: string): WordPart[] | null {
  const hyphenWidth = measurer.width(style, '-')
  const pieces = piecesOf(word, url, hyphenate, language)
  const parts: WordPart[] = []
  for (const [index, piece] of pieces.entries()) {
    if (!measurer.covers(style.font, piece.text)) return null
    const previous = pieces[index - 1]
    parts.push({
      text: piece.text,
      width: measurer.width(style, piece.text),
      ...(previous ? {breakBefore: {hyphen: previous.hyphen, width: previous.hyphen ? hyphenWidth : 0}} : {})
    })
  }
  return parts
}

// A word with characters from other faces: each piece split by the face that draws it.
function pushCovered(items: Item[], word: string, style: TextStyle, run: Extract<Run, {kind: 'text'}>, hyphenate: boolean, measurer: Measurer, language: string): void {
  const hyphenWidth = measurer.width(style, '-')
  const pieces = piecesOf(word, run.url === true, hyphenate, language)
  pieces.forEach((piece, index) => {
    if (index > 0) {
      const previous = pieces[index - 1]
      items.push({type: 'penalty', style, hyphen: previous?.hyphen ?? false, width: previous?.hyphen ? hyphenWidth : 0})
    }
    for (const covered of measurer.cover(style.font, piece.text)) {
      const pieceStyle = covered.font === style.font ? style : {...style, font: covered.font}
      items.push({
        type: 'text',
        text: covered.text,
        style: pieceStyle,
        width: measurer.width(pieceStyle, covered.text),
        ...(run.link === undefined ? {} : {link: run.link})
      })
    }
  })
}
