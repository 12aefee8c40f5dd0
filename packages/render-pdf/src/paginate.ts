import type {Note} from './inline/types.js'
import type {FrameSpec, Piece, Space, VItem} from './vertical-list.js'

/** The page geometry the paginator fills. */
export interface PageSpec {
  /** Where the body starts on every page. */
  top: number
  /** Lowest y the body and its footnotes may reach on page `index`: above whatever the page's foot holds. */
  bottom(index: number): number
  /** Height of a set of footnotes at the foot of a page. */
  notesHeight(notes: readonly Note[]): number
}

/** A piece on a page. */
export interface Placement {
  piece: Piece
  y: number
  /** Index of the piece in the vertical list; -1 for a repeated table header. */
  index: number
  repeated: boolean
}

/** The part of a box on one page. */
export interface FrameSegment {
  frame: FrameSpec
  top: number
  bottom: number
}

/** One page, filled. */
export interface LaidPage {
  placements: Placement[]
  frames: FrameSegment[]
  notes: Note[]
  words: number
  lines: number
  /** Index in the vertical list where the page starts, and where the next one does. */
  start: number
  next: number
}

/** Pages, and where the list was cut when it needed more than `maxPages`. */
export interface Pagination {
  pages: LaidPage[]
  /** Index of the first item that did not fit in `maxPages`, or null when all did. */
  overflow: number | null
}

/** What {@link paginate} may be told. */
export interface PaginateOptions {
  /** Stop after this many pages (a leaflet is one sheet). */
  maxPages?: number
  /** Items before which the page must not break (the page-quality pass forbids breaks it dislikes). */
  forbidden?: ReadonlySet<number>
}

const epsilon = 0.01

/**
 * Cut a vertical list into pages. Pieces fill a page top down; before each, the footnotes it
 * brings are measured with the page's, so body, footnotes and the page's foot never overlap.
 * When a piece does not fit, the page breaks at the last place a break is allowed (never after
 * a piece that keeps with the next, never at a forbidden place); only when there is none does it
 * break right there. Boxes open on a page close at its foot and reopen at the next page's top.
 */
export function paginate(items: readonly VItem[], spec: PageSpec, options: PaginateOptions = {}): Pagination {
  const forbidden = options.forbidden ?? new Set<number>()
  const pages: LaidPage[] = []
  let start = nextPiece(items, 0)
  while (start < items.length) {
    if (options.maxPages !== undefined && pages.length >= options.maxPages) return {pages, overflow: start}
    const filled = fillPage(items, start, items.length, pages.length, spec, forbidden)
    // Breaking earlier than where the page filled up: fill it again, up to the break.
    const page = filled.breakAt === null || filled.breakAt === filled.overflowAt ? filled.page : fillPage(items, start, filled.breakAt, pages.length, spec, forbidden).page
    pages.push(page)
    start = nextPiece(items, page.next)
  }
  if (pages.length === 0) pages.push({placements: [], frames: [], notes: [], words: 0, lines: 0, start: 0, next: items.length})
  return {pages, overflow: null}
}

/**
 * {@link paginate}, then mend pages that read badly: a page (other than a lone first page)
 * with fewer than three words or a single line of text pulls more onto itself by forbidding
 * the break that started it, a few times at most.
 */
export function paginateWell(items: readonly VItem[], spec: PageSpec, options: PaginateOptions = {}): Pagination {
  const forbidden = new Set(options.forbidden ?? [])
  let best = paginate(items, spec, {...options, forbidden})
  for (let attempt = 0; attempt < 12; attempt++) {
    const thin = best.pages.findIndex((page, index) => index > 0 && isThin(page))
    if (thin < 0) break
    const start = (best.pages[thin] as LaidPage).start
    if (forbidden.has(start)) break
    forbidden.add(start)
    const candidate = paginate(items, spec, {...options, forbidden})
    // A mend that leaves more thin pages, or no longer fits, is no mend.
    if (thinPages(candidate) > thinPages(best) || (candidate.overflow !== null && best.overflow === null)) break
    best = candidate
  }
  return best
}

function thinPages(result: Pagination): number {
  return result.pages.filter((page, index) => index > 0 && isThin(page)).length
}

/** Fewer than three words, or a single line of text: not worth a page of its own. */
export function isThin(page: LaidPage): boolean {
  return page.words < 3 || page.lines <= 1
}

function nextPiece(items: readonly VItem[], from: number): number {
  let index = from
  while (index < items.length && items[index]?.type !== 'piece') index++
  return index
}

interface Open {
  frame: FrameSpec
  top: number
}

/** Fill one page from `start`, stopping before `stop`; says where to break when a piece did not fit. */
function fillPage(
  items: readonly VItem[],
  start: number,
  stop: number,
  pageIndex: number,
  spec: PageSpec,
  forbidden: ReadonlySet<number>
): {page: LaidPage; breakAt: number | null; overflowAt: number | null} {
  const placements: Placement[] = []
  const segments: FrameSegment[] = []
  const notes: Note[] = []
  let open: Open[] = []
  let pending: Space[] = []
  let y = spec.top
  let next = stop
  let breakAt: number | null = null
  let overflowAt: number | null = null

  const closeFrom = (depth: number, at: number): number => {
    let bottom = at
    for (let level = open.length - 1; level >= depth; level--) {
      const entry = open[level] as Open
      bottom += entry.frame.style.padding.bottom
      segments.push({frame: entry.frame, top: entry.top, bottom})
    }
    open = open.slice(0, depth)
    return bottom
  }

  for (let index = start; index < stop; index++) {
    const item = items[index] as VItem
    if (item.type === 'space') {
      if (placements.length > 0) pending.push(item)
      continue
    }
    if (item.type === 'need') {
      if (placements.length === 0) continue
      const closing = open.reduce((sum, entry) => sum + entry.frame.style.padding.bottom, 0)
      if (y + item.height + closing > spec.bottom(pageIndex) - spec.notesHeight(notes) + epsilon) {
        next = nextPiece(items, index + 1)
        break
      }
      continue
    }
    const piece = item
    const shared = sharedDepth(open, piece.frames)
    // Spaces count only between blocks at the level both sides share: not at a box's inside edges.
    const space = placements.length === 0 ? 0 : pending.filter((gap) => sameFrames(gap.frames, piece.frames, shared)).reduce((sum, gap) => sum + gap.height, 0)
    let cursor = y
    for (let level = open.length - 1; level >= shared; level--) cursor += (open[level] as Open).frame.style.padding.bottom
    cursor += space
    const openingTop = cursor
    for (const frame of piece.frames.slice(shared)) cursor += frame.style.padding.top
    const header = placements.length === 0 && piece.repeat && piece.repeat !== piece ? piece.repeat : undefined
    if (header) cursor += header.height
    const bottom = cursor + piece.height
    const closeAll = piece.frames.reduce((sum, frame) => sum + frame.style.padding.bottom, 0)
    const fresh = piece.notes.filter((note) => !notes.includes(note))
    const limit = spec.bottom(pageIndex) - spec.notesHeight(fresh.length > 0 ? [...notes, ...fresh] : notes)
    if (placements.length > 0 && bottom + closeAll > limit + epsilon) {
      overflowAt = index
      breakAt = chooseBreak(placements, index, forbidden)
      next = breakAt
      break
    }
    // It fits: close the boxes it is not in, open the ones it is, place it.
    closeFrom(shared, y)
    let top = openingTop
    for (const frame of piece.frames.slice(shared)) {
      open.push({frame, top})
      top += frame.style.padding.top
    }
    if (header) {
      placements.push({piece: header, y: top, index: -1, repeated: true})
      top += header.height
    }
    placements.push({piece, y: top, index, repeated: false})
    notes.push(...fresh)
    y = bottom
    pending = []
    next = stop
  }
  closeFrom(0, y)
  const counted = placements.filter((placement) => !placement.repeated)
  return {
    page: {
      placements,
      frames: segments,
      notes,
      words: counted.reduce((sum, placement) => sum + placement.piece.words, 0),
      lines: counted.reduce((sum, placement) => sum + placement.piece.lines, 0),
      start,
      next
    },
    breakAt,
    overflowAt
  }
}

/** Where to break a page that cannot take the piece at `index`: the last allowed place, else right there. */
function chooseBreak(placements: readonly Placement[], index: number, forbidden: ReadonlySet<number>): number {
  const placed = placements.filter((placement) => !placement.repeated)
  const last = placed[placed.length - 1]
  if (last && !last.piece.keep && !forbidden.has(index)) return index
  for (let at = placed.length - 1; at >= 1; at--) {
    const before = placed[at - 1] as Placement
    const candidate = placed[at] as Placement
    if (!before.piece.keep && !forbidden.has(candidate.index)) return candidate.index
  }
  return index
}

function sharedDepth(open: readonly Open[], frames: readonly FrameSpec[]): number {
  let depth = 0
  while (depth < open.length && depth < frames.length && open[depth]?.frame === frames[depth]) depth++
  return depth
}

function sameFrames(a: readonly FrameSpec[], b: readonly FrameSpec[], depth: number): boolean {
  if (a.length !== depth) return false
  for (let level = 0; level < depth; level++) if (a[level] !== b[level]) return false
  return true
}
