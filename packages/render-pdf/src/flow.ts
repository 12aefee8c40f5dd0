import type {SiteBundle} from '@samizdat/model'
import type {Canvas} from './canvas.js'
import {breakLines} from './inline/break-lines.js'
import {drawLine} from './inline/draw-line.js'
import {toItems, type BlockStyle} from './inline/to-items.js'
import type {Line, Note, Run} from './inline/types.js'
import {multiply} from './multiply.js'

/** The area body text may use on every page, in points from the top-left corner. */
export interface Frame {
  left: number
  right: number
  top: number
  bottom: number
}

/** How a box (admonition, card, code block) looks; greys and the theme's print colours only. */
export interface BoxStyle {
  /** Left bar colour, or null for none. */
  bar: string | null
  /** Background, laid under the text with a multiply blend so it never hides it. */
  tint: string | null
  border: string | null
  padding: {top: number; right: number; bottom: number; left: number}
}

interface OpenBox {
  style: BoxStyle
  left: number
  right: number
  /** Where the box's part on the current page starts. */
  from: number
}

/** The body text size and colours a document is set in. */
export interface Typography {
  size: number
  color: string
  /** Footnote size. */
  noteSize: number
}

type StructElement = PDFKit.PDFStructureElement

/**
 * A column of text flowing down pages: it places lines, turns pages, keeps footnotes on the page
 * that refers to them, draws boxes around what spans pages, and tags what it draws.
 */
export class Flow {
  readonly canvas: Canvas
  readonly bundle: SiteBundle
  readonly frame: Frame
  readonly type: Typography
  y: number
  /** Docs-relative source of the page being drawn, when it is one (cards find their recommendation by it). */
  page: string | null = null
  /** The abbreviations printed so far, with their meanings, in the order of first use (a handout lists them at its end). */
  readonly abbreviations = new Map<string, string>()
  left: number
  right: number
  private readonly notes = new Map<string, Note>()
  private pageNotes: Note[] = []
  private readonly noteLines = new Map<number, Line[]>()
  private readonly boxes: OpenBox[] = []
  private readonly structs: StructElement[] = []
  private readonly onPage: Array<() => void> = []
  /** Lowest y the flow may use on the current page before its footnotes (set per page by layouts). */
  bottom: number

  constructor(canvas: Canvas, bundle: SiteBundle, frame: Frame, type: Typography, root: StructElement | null) {
    this.canvas = canvas
    this.bundle = bundle
    this.frame = frame
    this.type = type
    this.y = frame.top
    this.left = frame.left
    this.right = frame.right
    this.bottom = frame.bottom
    if (root) this.structs.push(root)
  }

  get doc(): PDFKit.PDFDocument {
    return this.canvas.doc
  }

  /** Width available at the current indentation. */
  get width(): number {
    return this.right - this.left
  }

  /** Nothing has been drawn on this page yet (so turning the page would not help). */
  get atTop(): boolean {
    return this.y <= this.frame.top + 0.01
  }

  /** Lowest y usable for text now: above the page's footnotes. */
  get limit(): number {
    return this.bottom - this.notesHeight(this.pageNotes)
  }

  /** Run `listener` whenever a new page starts (leaflets set a different bottom per page). */
  onNewPage(listener: () => void): void {
    this.onPage.push(listener)
  }

  /** The footnote for a URL: one number per address in the document. */
  noteFor(url: string, text: string): Note {
    let note = this.notes.get(url)
    if (!note) {
      note = {number: this.notes.size + 1, text}
      this.notes.set(url, note)
    }
    return note
  }

  /** Finish this page (box edges, footnotes) and start the next. */
  newPage(): void {
    this.finishPage()
    this.doc.addPage()
    this.canvas.page++
    this.y = this.frame.top
    this.bottom = this.frame.bottom
    this.pageNotes = []
    for (const box of this.boxes) box.from = this.y
    for (const listener of this.onPage) listener()
  }

  /** Draw what belongs to the end of the current page. Called by newPage and once at the end. */
  finishPage(): void {
    for (const box of [...this.boxes].reverse()) this.drawBox(box, this.limit)
    this.drawNotes()
  }

  /** Start a new page unless `height` more fits on this one. */
  ensure(height: number): void {
    if (!this.atTop && this.y + height > this.limit) this.newPage()
  }

  /** Vertical space between blocks; none at the top of a page. */
  gap(height: number): void {
    if (!this.atTop) this.y = Math.min(this.y + height, this.limit)
  }

  /** Lay runs out as lines in the current width, in a block style. */
  layout(runs: Run[], style: BlockStyle, width = this.width): Line[] {
    return breakLines(toItems(runs, style, this.canvas, this.bundle.site.language), width, this.canvas)
  }

  /** Total height of some lines. */
  static height(lines: Line[]): number {
    return lines.reduce((sum, line) => sum + line.height, 0)
  }

  /**
   * Place lines, turning pages as needed: never one line of a paragraph alone at the bottom of a
   * page or alone at the top of the next, and each line's footnotes on the same page as the line.
   */
  lines(lines: Line[], options: {indent?: number; keepWithNext?: number; onFirstLine?: (y: number, line: Line) => void} = {}): void {
    const indent = options.indent ?? 0
    lines.forEach((line, index) => {
      const next = lines[index + 1]
      const remaining = lines.length - index
      const fresh = this.freshNotes(line)
      let need = line.height + this.notesHeight([...this.pageNotes, ...fresh]) - this.notesHeight(this.pageNotes)
      if (index === 0 && next) need += next.height
      if (index === 0 && !next) need += options.keepWithNext ?? 0
      if (remaining === 2 && index >= 2 && next) need += next.height
      if (!this.atTop && this.y + need > this.limit) this.newPage()
      this.pageNotes.push(...this.freshNotes(line))
      if (index === 0) options.onFirstLine?.(this.y, line)
      this.tagged(() => drawLine(this.canvas, line, this.left + indent, this.y))
      this.y += line.height
    })
  }

  /** A paragraph: runs laid out and placed. */
  paragraph(runs: Run[], style: BlockStyle, options: Parameters<Flow['lines']>[1] = {}): void {
    this.lines(this.layout(runs, style), options)
  }

  /** Run `draw` with the margins pulled in. */
  indented(left: number, right: number, draw: () => void): void {
    const before = {left: this.left, right: this.right}
    this.left += left
    this.right -= right
    try {
      draw()
    } finally {
      this.left = before.left
      this.right = before.right
    }
  }

  /** Draw `content` inside a box that follows it across pages. */
  box(style: BoxStyle, content: () => void): void {
    this.ensure(style.padding.top + 2 * this.type.size * 1.32)
    const box: OpenBox = {style, left: this.left, right: this.right, from: this.y}
    this.boxes.push(box)
    this.y += style.padding.top
    this.indented(style.padding.left, style.padding.right, content)
    this.y = Math.min(this.y + style.padding.bottom, this.limit)
    this.boxes.pop()
    this.drawBox(box, this.y)
  }

  private drawBox(box: OpenBox, to: number): void {
    const {doc} = this
    const {style} = box
    const height = to - box.from
    if (height <= 0) return
    this.artifact(() => {
      if (style.tint) multiply(doc, () => doc.rect(box.left, box.from, box.right - box.left, height).fill(style.tint as string))
      if (style.border) {
        doc.save().lineWidth(0.6).strokeColor(style.border)
        doc.rect(box.left + 0.3, box.from + 0.3, box.right - box.left - 0.6, height - 0.6).stroke()
        doc.restore()
      }
      if (style.bar) doc.rect(box.left, box.from, 3, height).fill(style.bar)
    })
    this.canvas.record({x: box.left, y: box.from, width: box.right - box.left, height, kind: 'graphic'})
  }

  /** Wrap drawing in a structure element of the tagged PDF (a no-op in untagged documents). */
  struct(tag: string, draw: () => void, options: {alt?: string; title?: string} = {}): void {
    const parent = this.structs[this.structs.length - 1]
    if (!parent) {
      draw()
      return
    }
    const element = this.doc.struct(tag, options)
    parent.add(element)
    this.structs.push(element)
    try {
      draw()
    } finally {
      this.structs.pop()
      element.end()
    }
  }

  /** Draw content that belongs to the current structure element. */
  tagged(draw: () => void): void {
    const element = this.structs[this.structs.length - 1]
    if (!element) {
      draw()
      return
    }
    const type = String((element as unknown as {dictionary: {data: {S: string}}}).dictionary.data.S)
    element.add(this.doc.markStructureContent(type))
    draw()
    this.doc.endMarkedContent()
  }

  /** Draw decoration that carries no content (rules, box edges, page numbers). */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    if (this.structs.length === 0) {
      draw()
      return
    }
    this.doc.markContent('Artifact', type ? {type} : {})
    draw()
    this.doc.endMarkedContent()
  }

  /** Start a new page unless a block of `height` whose lines are `lines` fits with their footnotes. */
  ensureWithNotes(height: number, lines: Line[]): void {
    const fresh = lines.flatMap((line) => this.freshNotes(line)).filter((note, index, all) => all.indexOf(note) === index)
    const extra = this.notesHeight([...this.pageNotes, ...fresh]) - this.notesHeight(this.pageNotes)
    if (!this.atTop && this.y + height + extra > this.limit) this.newPage()
    for (const line of lines) this.pageNotes.push(...this.freshNotes(line))
  }

  private freshNotes(line: Line): Note[] {
    const fresh: Note[] = []
    for (const item of line.items) {
      if (item.type === 'text' && item.note && !this.pageNotes.includes(item.note) && !fresh.includes(item.note)) fresh.push(item.note)
    }
    return fresh
  }

  private noteLayout(note: Note): Line[] {
    let lines = this.noteLines.get(note.number)
    if (!lines) {
      const runs: Run[] = [{kind: 'text', text: note.text, marks: {mono: true}, url: true}]
      lines = this.layout(runs, {size: this.type.noteSize, color: this.type.color, hyphenate: false}, this.frame.right - this.frame.left - this.noteIndent)
      this.noteLines.set(note.number, lines)
    }
    return lines
  }

  private get noteIndent(): number {
    return this.type.noteSize * 2.2
  }

  private notesHeight(notes: Note[]): number {
    if (notes.length === 0) return 0
    return notes.reduce((sum, note) => sum + Flow.height(this.noteLayout(note)), this.type.noteSize * 1.6)
  }

  private drawNotes(): void {
    if (this.pageNotes.length === 0) return
    const {doc, frame} = this
    let y = frame.bottom - this.notesHeight(this.pageNotes)
    const rule = y + this.type.noteSize * 0.6
    this.artifact(() => doc.save().moveTo(frame.left, rule).lineTo(frame.left + 60, rule).lineWidth(0.5).strokeColor('#000000').stroke().restore())
    y += this.type.noteSize * 1.6
    const numberStyle = {size: this.type.noteSize, color: this.type.color, hyphenate: false}
    for (const note of [...this.pageNotes].sort((a, b) => a.number - b.number)) {
      const lines = this.noteLayout(note)
      this.struct('Note', () => {
        const [label] = this.layout([{kind: 'text', text: `${note.number}`, marks: {}}], numberStyle)
        this.tagged(() => {
          if (label) drawLine(this.canvas, label, frame.left, y)
          for (const line of lines) {
            drawLine(this.canvas, line, frame.left + this.noteIndent, y)
            y += line.height
          }
        })
      })
    }
    this.pageNotes = []
  }
}
