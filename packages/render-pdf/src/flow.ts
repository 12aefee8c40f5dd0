import type {SiteBundle} from '@samizdat/model'
import type {Canvas} from './canvas.js'
import {Footnotes} from './footnotes.js'
import {breakLines} from './inline/break-lines.js'
import {drawLine, type LineTagging} from './inline/draw-line.js'
import {toItems, type BlockStyle} from './inline/to-items.js'
import type {Line, Note, Run} from './inline/types.js'
import {structNode, type StructNode} from './tags.js'
import type {BoxStyle, DrawContext, FrameSpec, Piece, VItem} from './vertical-list.js'

export type {BoxStyle} from './vertical-list.js'

/** The area body text may use on every page, in points from the top-left corner. */
export interface Frame {
  left: number
  right: number
  top: number
  bottom: number
}

/** The body text size and colours a document is set in. */
export interface Typography {
  size: number
  color: string
  /** Footnote size. */
  noteSize: number
}

/** How {@link Flow.lines} places a run of lines. */
export interface LinesOptions {
  /** Extra indentation of every line, in points. */
  indent?: number
  /** Keep the last line on the page of what follows (a heading, a box's title). A number counts as true. */
  keepWithNext?: boolean | number
  /** Draw something beside the first line once it is placed (a list item's marker). */
  onFirstLine?: (y: number, line: Line, context: DrawContext) => void
}

/** Options of a piece placed with {@link Flow.place}. */
export interface PlaceOptions {
  keep?: boolean
  words?: number
  lines?: number
  notes?: Note[]
  repeat?: Piece
}

/**
 * A column of text, laid out before it is paginated: handlers call it in reading order and it
 * turns what they give into a vertical list of pieces (lines, rows, pictures) with their
 * footnotes, boxes, keep rules and structure. Nothing is drawn here: the paginator places the
 * pieces on pages, measuring footnotes and page-foot blocks first, and then they are drawn.
 */
export class Flow {
  readonly canvas: Canvas
  readonly bundle: SiteBundle
  readonly frame: Frame
  readonly type: Typography
  readonly footnotes: Footnotes
  /** What has been laid out so far. */
  readonly items: VItem[] = []
  /** Docs-relative source of the page being laid out, when it is one (cards find their recommendation by it). */
  page: string | null = null
  /** The abbreviations printed so far, with their meanings, in the order of first use (a handout lists them at its end). */
  readonly abbreviations = new Map<string, string>()
  left: number
  right: number
  private readonly frames: FrameSpec[] = []
  private readonly structs: StructNode[] = []

  constructor(canvas: Canvas, bundle: SiteBundle, frame: Frame, type: Typography) {
    this.canvas = canvas
    this.bundle = bundle
    this.frame = frame
    this.type = type
    this.left = frame.left
    this.right = frame.right
    this.footnotes = new Footnotes(canvas, type.noteSize, type.color, frame.right - frame.left, bundle.site.language)
  }

  get doc(): PDFKit.PDFDocument {
    return this.canvas.doc
  }

  /** Width available at the current indentation. */
  get width(): number {
    return this.right - this.left
  }

  /** The footnote for a URL: one number per address in the document. */
  noteFor(url: string, text: string): Note {
    return this.footnotes.noteFor(url, text)
  }

  /** Lay runs out as lines in the current width, in a block style. */
  layout(runs: Run[], style: BlockStyle, width = this.width): Line[] {
    return breakLines(toItems(runs, style, this.canvas, this.bundle.site.language), width, this.canvas)
  }

  /** Total height of some lines. */
  static height(lines: Line[]): number {
    return lines.reduce((sum, line) => sum + line.height, 0)
  }

  /** The structure element being laid out (null: the document). */
  get currentStruct(): StructNode | null {
    return this.structs[this.structs.length - 1] ?? null
  }

  /** Lay out `build` inside a structure element of the tagged PDF (`P`, `L`, `Table`, `Figure`…). */
  struct(tag: string, build: () => void, options: StructNode['options'] = {}): void {
    this.structs.push(structNode(tag, this.currentStruct, options))
    try {
      build()
    } finally {
      this.structs.pop()
    }
  }

  /** A structure element under the current one, for a piece that tags parts of itself (a marker, a picture). */
  structChild(tag: string, options: StructNode['options'] = {}): StructNode {
    return structNode(tag, this.currentStruct, options)
  }

  /** Vertical space between blocks; none at the top or bottom of a page or a box. */
  gap(height: number): void {
    if (height > 0) this.items.push({type: 'space', height, frames: this.frames.slice()})
  }

  /** Start a new page here unless `height` more fits on this one. */
  ensure(height: number): void {
    this.items.push({type: 'need', height})
  }

  /** Start a new page here (unless the page is still empty). */
  newPage(): void {
    this.items.push({type: 'need', height: Number.POSITIVE_INFINITY})
  }

  /** Run `build` with the margins pulled in. */
  indented(left: number, right: number, build: () => void): void {
    const before = {left: this.left, right: this.right}
    this.left += left
    this.right -= right
    try {
      build()
    } finally {
      this.left = before.left
      this.right = before.right
    }
  }

  /** Lay out `content` inside a box that follows it across pages. */
  box(style: BoxStyle, content: () => void): void {
    this.frames.push({style, left: this.left, right: this.right})
    try {
      this.indented(style.padding.left, style.padding.right, content)
    } finally {
      this.frames.pop()
    }
  }

  /**
   * Add a piece of fixed height drawn by `draw` at the current indentation: a row, a picture, a
   * row of QR codes. Its content belongs to the current structure element unless it tags its
   * parts itself.
   */
  place(height: number, draw: (y: number, context: DrawContext) => void, options: PlaceOptions = {}): Piece {
    const piece: Piece = {
      type: 'piece',
      height,
      draw,
      notes: options.notes ?? [],
      keep: options.keep ?? false,
      words: options.words ?? 0,
      lines: options.lines ?? 0,
      boundary: null,
      frames: this.frames.slice(),
      repeat: options.repeat,
      struct: this.currentStruct
    }
    this.items.push(piece)
    return piece
  }

  /**
   * Place lines: never the first line of a paragraph alone at the foot of a page nor its last
   * alone at the top of the next; each line's footnotes go on the page the line lands on.
   */
  lines(lines: Line[], options: LinesOptions = {}): void {
    const x = this.left + (options.indent ?? 0)
    const node = this.currentStruct
    const count = lines.length
    lines.forEach((line, index) => {
      const orphan = index === 0 && count >= 2
      const widow = index === count - 2 && count >= 2
      const last = index === count - 1
      const piece = this.place(
        line.height,
        (y, context) => {
          if (index === 0) options.onFirstLine?.(y, line, context)
          drawLine(context.canvas, line, x, y, lineTagging(node, context))
        },
        {keep: orphan || widow || (last && Boolean(options.keepWithNext)), words: wordsOf(line), lines: 1, notes: notesOf(line)}
      )
      if (endsSentence(line)) piece.boundary = 'sentence'
    })
  }

  /** A paragraph: runs laid out and placed. */
  paragraph(runs: Run[], style: BlockStyle, options: LinesOptions = {}): void {
    this.lines(this.layout(runs, style), options)
  }

  /** Mark the end of a block: a leaflet cut short may end here. */
  endBlock(): void {
    for (let index = this.items.length - 1; index >= 0; index--) {
      const item = this.items[index]
      if (item?.type !== 'piece') continue
      if (!item.keep) item.boundary = 'block'
      return
    }
  }
}

/** Tag a line's text as content of `node` and each picture on it as a figure of its own. */
export function lineTagging(node: StructNode | null, context: DrawContext): LineTagging {
  if (context.repeated) return {text: (draw) => context.tags.artifact(draw), image: (_alt, draw) => context.tags.artifact(draw)}
  return {
    text: (draw) => context.tags.content(node, draw),
    // A picture without alt text is decoration (as `alt=""` is in HTML): an artifact, not a figure.
    image: (alt, draw) => (alt.trim() ? context.tags.content(structNode('Figure', node, {alt}), draw) : context.tags.artifact(draw))
  }
}

/** Words on a line: its stretches of text between spaces. */
export function wordsOf(line: Line): number {
  let words = 0
  let inWord = false
  for (const item of line.items) {
    if (item.type === 'glue') inWord = false
    else if (item.type === 'text' && /[\p{L}\p{N}]/u.test(item.text) && !item.note) {
      if (!inWord) words++
      inWord = true
    }
  }
  return words
}

function notesOf(line: Line): Note[] {
  const notes: Note[] = []
  for (const item of line.items) if (item.type === 'text' && item.note && !notes.includes(item.note)) notes.push(item.note)
  return notes
}

function endsSentence(line: Line): boolean {
  for (let index = line.items.length - 1; index >= 0; index--) {
    const item = line.items[index]
    if (item?.type !== 'text' || item.note) continue
    return /[.!?…:;][»")]*$/.test(item.text)
  }
  return false
}
