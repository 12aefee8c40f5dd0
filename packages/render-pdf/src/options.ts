import type {RenderSelection} from '@samizdat/model'
import {sourceDate} from '@samizdat/output'
import type {DrawnBox} from './canvas.js'
import type {PaperSize} from './create-document.js'

/** Options of {@link renderPdf}; every one has a default. */
export interface RenderPdfOptions {
  /** Leaflet paper: `A5` (default) folds from A4 and fits a hand; `A6` for a pocket, `A4` for a wall. */
  leafletSize?: PaperSize
  /** Handout paper, `A4` by default. */
  handoutSize?: PaperSize
  /** Date written into the metadata; `sourceDate()` (SOURCE_DATE_EPOCH or a fixed date) by default. */
  date?: Date
  /** Write a tagged PDF (structure tree for screen readers and text reflow); default true. */
  tagged?: boolean
  /** Called with every drawn box of every file, for tests that check nothing leaves the margins. */
  onDraw?: ((file: string, box: DrawnBox) => void) | undefined
  /** Render only these recommendations' leaflets and pages' handouts (an incremental build's changed units). Default: all. */
  only?: RenderSelection | undefined
  /**
   * Worker threads that render beside the calling thread (which always renders too); 0 for
   * none. Default: none for a small site (starting a worker would cost more than it saves),
   * else one per other core, at most 3.
   */
  workers?: number | undefined
}

/** Options with their defaults filled in. */
export type ResolvedOptions = Required<Omit<RenderPdfOptions, 'onDraw' | 'only' | 'workers'>> & Pick<RenderPdfOptions, 'onDraw' | 'only' | 'workers'>

/** Fill in the defaults. */
export function resolveOptions(options: RenderPdfOptions = {}): ResolvedOptions {
  return {
    leafletSize: options.leafletSize ?? 'A5',
    handoutSize: options.handoutSize ?? 'A4',
    date: options.date ?? sourceDate(),
    tagged: options.tagged ?? true,
    onDraw: options.onDraw,
    only: options.only,
    workers: options.workers
  }
}

/** Millimetres to points. */
export const mm = 72 / 25.4
