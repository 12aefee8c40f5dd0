import type {IconData} from '@samizdat/model'
import type {FontName} from '../fonts.js'
import type {Picture} from '../images.js'

/** How a stretch of text looks, before sizes are known: phrasing handlers only say bold, italic, code. */
export interface RunMarks {
  bold?: boolean | undefined
  italic?: boolean | undefined
  mono?: boolean | undefined
  strike?: boolean | undefined
  underline?: boolean | undefined
  /** A grey band behind the text (`==mark==`): reads in greyscale, unlike a hue. */
  highlight?: boolean | undefined
  /** `<small>`: a size smaller. */
  small?: boolean | undefined
  /** `^sup^`, `<sup>`: smaller, above the baseline (the innermost of `sub`/`sup` wins). */
  sup?: boolean | undefined
  /** `~sub~`, `<sub>`: smaller, below the baseline. */
  sub?: boolean | undefined
  /** Own colour (highlighted code), instead of the block's. */
  color?: string | undefined
}

/** A footnote: a URL printed at the bottom of every page that refers to it. */
export interface Note {
  /** 1, 2, 3… in order of first reference in the document. */
  number: number
  /** As printed: `signal.org/legal`. */
  text: string
}

/** One piece of phrasing content, flattened: what phrasing handlers return. */
export type Run =
  | {kind: 'text'; text: string; marks: RunMarks; link?: string; hyphenate?: boolean; url?: boolean}
  | {kind: 'icon'; icon: IconData}
  | {kind: 'break'}
  | {kind: 'note'; note: Note}
  /** A picture inside a paragraph, drawn on the line with its bottom on the baseline. */
  | {kind: 'image'; picture: Picture; alt: string; width: number; height: number}
  /** Small raised text that is not a link's footnote: an annotation's marker. */
  | {kind: 'raised'; text: string}

/** A resolved look: face, size in points, colour. */
export interface TextStyle {
  font: FontName
  size: number
  color: string
  strike?: boolean
  underline?: boolean
  highlight?: boolean
  /** Raise above the baseline (footnote markers), in points. */
  rise?: number
}

/** Something of fixed width on a line. */
export type Box =
  | {type: 'text'; text: string; style: TextStyle; width: number; link?: string; note?: Note}
  | {type: 'icon'; icon: IconData; style: TextStyle; width: number}
  | {type: 'image'; picture: Picture; alt: string; style: TextStyle; width: number; height: number}

/** The line-breaking alphabet (after Knuth and Plass, broken greedily). */
export type Item =
  | Box
  /** A space: a break opportunity that vanishes at a line end. */
  | {type: 'glue'; style: TextStyle; width: number}
  /** A break opportunity inside a word; `hyphen` adds a `-` when taken. */
  | {type: 'penalty'; style: TextStyle; hyphen: boolean; width: number}
  | {type: 'newline'}

/** A laid-out line: boxes and spaces, with its measured size. */
export interface Line {
  items: Array<Box | {type: 'glue'; style: TextStyle; width: number}>
  width: number
  /** From the top of the line to the baseline. */
  ascent: number
  height: number
}
