import type {Canvas} from './canvas.js'
import {breakLines} from './inline/break-lines.js'
import {drawLine} from './inline/draw-line.js'
import {toItems} from './inline/to-items.js'
import type {Line, Note} from './inline/types.js'
import {structNode, type Tags} from './tags.js'

/** Gap above the footnotes, where their short rule sits, as a multiple of the note size. */
const ruleGap = 1.6

/**
 * The addresses of links, printed at the foot of every page that refers to them: one number
 * per address in the document, laid out once, measured before the page is filled.
 */
export class Footnotes {
  private readonly canvas: Canvas
  private readonly size: number
  private readonly color: string
  private readonly width: number
  private readonly language: string
  private readonly notes = new Map<string, Note>()
  private readonly laid = new Map<number, Line[]>()

  /** Notes set in `size` points across `width` (the page's text width), in a document in `language`. */
  constructor(canvas: Canvas, size: number, color: string, width: number, language: string) {
    this.canvas = canvas
    this.size = size
    this.color = color
    this.width = width
    this.language = language
  }

  /** The footnote for a URL, numbered in order of first reference. */
  noteFor(url: string, text: string): Note {
    let note = this.notes.get(url)
    if (!note) {
      note = {number: this.notes.size + 1, text}
      this.notes.set(url, note)
    }
    return note
  }

  private get indent(): number {
    return this.size * 2.2
  }

  private lines(note: Note): Line[] {
    let lines = this.laid.get(note.number)
    if (!lines) {
      const items = toItems([{kind: 'text', text: note.text, marks: {mono: true}, url: true}], {size: this.size, color: this.color, hyphenate: false}, this.canvas, this.language)
      lines = breakLines(items, this.width - this.indent, this.canvas)
      this.laid.set(note.number, lines)
    }
    return lines
  }

  /** Height of a page's footnotes, the rule above them included; 0 for none. */
  height(notes: readonly Note[]): number {
    if (notes.length === 0) return 0
    let height = this.size * ruleGap
    for (const note of notes) for (const line of this.lines(note)) height += line.height
    return height
  }

  /** Draw a page's footnotes, in number order, ending at `bottom`. */
  draw(notes: readonly Note[], left: number, bottom: number, tags: Tags): void {
    if (notes.length === 0) return
    const {doc} = this.canvas
    let y = bottom - this.height(notes)
    const rule = y + this.size * 0.6
    tags.artifact(() => doc.save().moveTo(left, rule).lineTo(left + 60, rule).lineWidth(0.5).strokeColor('#000000').stroke().restore())
    y += this.size * ruleGap
    const style = {size: this.size, color: this.color, hyphenate: false}
    for (const note of [...notes].sort((a, b) => a.number - b.number)) {
      const [label] = breakLines(toItems([{kind: 'text', text: `${note.number}`, marks: {}}], style, this.canvas, this.language), this.indent, this.canvas)
      const lines = this.lines(note)
      const top = y
      tags.content(structNode('Note', null), () => {
        if (label) drawLine(this.canvas, label, left, top)
        let lineY = top
        for (const line of lines) {
          drawLine(this.canvas, line, left + this.indent, lineY)
          lineY += line.height
        }
      })
      for (const line of lines) y += line.height
    }
  }
}
