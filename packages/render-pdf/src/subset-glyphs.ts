import type {Font} from 'fontkit'

/** What a TrueType subset copies of one glyph: its bytes, the parts it is built of, its metrics. */
interface GlyphRecord {
  buffer: Uint8Array
  /** For a composite glyph, its parts and where their ids sit in `buffer`. */
  components: Array<{glyphID: number; pos: number}> | null
  advance: number
  bearing: number
}

/** fontkit's TrueType subset (fontkit 2.0.4, `TTFSubset`): the fields `_addGlyph` fills. */
interface TtfSubset {
  glyf: Uint8Array[]
  loca: {offsets: number[]}
  hmtx: {metrics: Array<{advance: number; bearing: number}>}
  offset: number
  glyphEncoder?: unknown
  includeGlyph(gid: number): number
  _addGlyph(gid: number): number
}

/** The parts of fontkit's font and glyph objects read here. */
interface FontInternals {
  loca: {offsets: number[]}
  _variationProcessor?: unknown
  _getTableStream(tag: string): {pos: number; readBuffer(length: number): Uint8Array}
  getGlyph(gid: number): {advanceWidth: number; _decode(): {numberOfContours: number; components?: Array<{glyphID: number; pos: number}>} | null; _getMetrics(): {leftBearing: number}}
  createSubset(): TtfSubset
}

const records = new WeakMap<object, Map<number, GlyphRecord>>()

/**
 * Make subsets of `view` (a document's view of a parsed font) copy each glyph from a record
 * kept per parsed font, instead of decoding the glyph again in every document only to learn
 * whether it is built of others. Embedding the fonts was about 40% of a leaflet's time, most of
 * it that decoding. The bytes written are the same as fontkit's own `_addGlyph` writes; the
 * records are made on a separate view, so no document's view ever meets a glyph as a part
 * (which would leave that glyph without code points, see `documentFont`).
 */
export function cacheSubsetGlyphs(view: Font, shared: Font, analysis: () => Font): void {
  const font = view as unknown as FontInternals
  if (font._variationProcessor) return
  let known = records.get(shared)
  if (!known) {
    known = new Map()
    records.set(shared, known)
  }
  const table = known
  const createSubset = font.createSubset.bind(font)
  let reader: FontInternals | undefined
  font.createSubset = () => {
    const subset = createSubset()
    // A CFF font makes another kind of subset: left as fontkit made it.
    if (!('glyphEncoder' in subset)) return subset
    subset._addGlyph = (gid) => {
      let record = table.get(gid)
      if (!record) {
        reader ??= analysis() as unknown as FontInternals
        record = readGlyph(reader, gid)
        table.set(gid, record)
      }
      let buffer = record.buffer
      if (record.components) {
        buffer = new Uint8Array(record.buffer)
        const data = new DataView(buffer.buffer)
        for (const component of record.components) data.setUint16(component.pos, subset.includeGlyph(component.glyphID))
      }
      subset.glyf.push(buffer)
      subset.loca.offsets.push(subset.offset)
      subset.hmtx.metrics.push({advance: record.advance, bearing: record.bearing})
      subset.offset += buffer.length
      return subset.glyf.length - 1
    }
    return subset
  }
}

function readGlyph(font: FontInternals, gid: number): GlyphRecord {
  const glyph = font.getGlyph(gid)
  const glyf = glyph._decode()
  const start = font.loca.offsets[gid] ?? 0
  const end = font.loca.offsets[gid + 1] ?? start
  const stream = font._getTableStream('glyf')
  stream.pos += start
  const bytes = Uint8Array.from(stream.readBuffer(end - start))
  const composite = glyf !== null && glyf.numberOfContours < 0
  const components = composite ? (glyf.components ?? []).map(({glyphID, pos}) => ({glyphID, pos})) : null
  return {buffer: composite ? bytes : withoutHinting(bytes), components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing}
}

/**
 * A simple TrueType glyph without its hinting instructions. Hinting fits outlines to a screen's
 * pixel grid at small sizes; paper and zoomed PDF pages do not need it, and PDF writers such as
 * Chrome's drop it from embedded subsets too. In PT Sans the instructions are 70% of the glyph
 * data, so without them every document's fonts are a third of the size to write and compress.
 * The outline (contour ends, flags, coordinates) is copied unchanged; the glyph is padded to
 * an even length, as the short `loca` format needs.
 */
function withoutHinting(bytes: Uint8Array): Uint8Array {
  if (bytes.length < 12) return bytes
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const contours = view.getInt16(0)
  const lengthAt = 10 + 2 * contours
  if (contours < 0 || lengthAt + 2 > bytes.length) return bytes
  const instructions = view.getUint16(lengthAt)
  if (instructions === 0) return bytes
  const outline = bytes.subarray(lengthAt + 2 + instructions)
  const size = lengthAt + 2 + outline.length
  const stripped = new Uint8Array(size + (size % 2))
  stripped.set(bytes.subarray(0, lengthAt))
  stripped.set(outline, lengthAt + 2)
  return stripped
}
