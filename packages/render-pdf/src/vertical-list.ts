import type {Canvas} from './canvas.js'
import type {Note} from './inline/types.js'
import type {StructNode, Tags} from './tags.js'

/** How a box (admonition, card, code block) looks; greys and the theme's print colours only. */
export interface BoxStyle {
  /** Left bar colour, or null for none. */
  bar: string | null
  /** Background, laid under the text with a multiply blend so it never hides it. */
  tint: string | null
  border: string | null
  padding: {top: number; right: number; bottom: number; left: number}
}

/** A box around content that may cross pages: drawn per page, around what it holds there. */
export interface FrameSpec {
  style: BoxStyle
  left: number
  right: number
}

/** What a piece's draw function is told: where it is, and how to tag what it draws. */
export interface DrawContext {
  canvas: Canvas
  tags: Tags
  /** The first piece on its page (a table row then draws its top rule, a repeated header row). */
  first: boolean
  /** The last piece on its page. */
  last: boolean
  /** Drawn again at the top of a page (a table's header row): decoration, not content. */
  repeated: boolean
}

/**
 * A box of fixed height that the flow places whole: a line of text, a table row, a picture, a
 * row of QR codes. Its draw function runs once the page it lands on and its position are known.
 */
export interface Piece {
  type: 'piece'
  height: number
  draw: (y: number, context: DrawContext) => void
  /** Footnotes its text refers to: printed at the foot of the page it lands on. */
  notes: Note[]
  /** Never break the page between this piece and the next (headings, the first line of a paragraph). */
  keep: boolean
  /** Words and lines of text it holds, so no page ends up with one word or one line. */
  words: number
  lines: number
  /** Where a leaflet's back may end: after a whole block, or at least after a sentence. */
  boundary: 'block' | 'sentence' | null
  /** The boxes it sits in, outermost first. */
  frames: FrameSpec[]
  /** A table's header row, drawn again at the top of every page the table continues on. */
  repeat?: Piece | undefined
  /** The structure element its content belongs to, for the reading order of tagged PDF. */
  struct: StructNode | null
}

/** Vertical space between blocks: dropped at the top and bottom of a page and at a box's edges. */
export interface Space {
  type: 'space'
  height: number
  frames: FrameSpec[]
}

/** Start a new page here if less than `height` is left (or always: a leaflet's back page). */
export interface Need {
  type: 'need'
  height: number
}

/** One entry of the vertical list that handlers build and the paginator cuts into pages. */
export type VItem = Piece | Space | Need
