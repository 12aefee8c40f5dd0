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
  glyphs: number[]
  glyf: Uint8Array[]
  loca: {offsets: number[]; version?: number}
  hmtx: {metrics: Array<{advance: number; bearing: number}>; bearings?: number[]}
  offset: number
  glyphEncoder?: unknown
  includeGlyph(gid: number): number
  _addGlyph(gid: number): number
  encode(): Uint8Array
}

/** The parts of fontkit's font and glyph objects read here. */
interface FontInternals {
  loca: {offsets: number[]; version: number}
  _variationProcessor?: unknown
  _getTableStream(tag: string): {pos: number; readBuffer(length: number): Uint8Array}
  getGlyph(gid: number): {advanceWidth: number; _decode(): {numberOfContours: number; components?: Array<{glyphID: number; pos: number}>} | null; _getMetrics(): {leftBearing: number}}
  createSubset(): TtfSubset
}

const records = new WeakMap<object, Map<number, GlyphRecord>>()
const templates = new WeakMap<object, SubsetTemplate>()

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
    const encode = subset.encode.bind(subset)
    subset.encode = () => {
      let template = templates.get(shared)
      if (!template) {
        template = subsetTemplate(encode())
        templates.set(shared, template)
      }
      return encodeSubset(subset, font.loca.version, template)
    }
    return subset
  }
}

/** The tables of a subset that fontkit writes the same for every subset of a font but for a count. */
interface SubsetTemplate {
  /** Tag and bytes of each table, in fontkit's order; glyf, loca and hmtx empty (made per subset). */
  tables: Array<{tag: string; bytes: Uint8Array}>
}

/** The tables of one subset as fontkit encoded it (`TTFSubset.encode`, restructure's `Directory`). */
function subsetTemplate(encoded: Uint8Array): SubsetTemplate {
  const view = new DataView(encoded.buffer, encoded.byteOffset, encoded.byteLength)
  const count = view.getUint16(4)
  const tables: SubsetTemplate['tables'] = []
  for (let index = 0; index < count; index++) {
    const entry = 12 + 16 * index
    const tag = String.fromCharCode(...encoded.subarray(entry, entry + 4))
    const offset = view.getUint32(entry + 8)
    const length = view.getUint32(entry + 12)
    tables.push({tag, bytes: tag === 'glyf' || tag === 'loca' || tag === 'hmtx' ? new Uint8Array(0) : encoded.slice(offset, offset + length)})
  }
  return {tables}
}

/**
 * The subset's TrueType file, byte for byte what fontkit's `TTFSubset.encode` writes, without
 * going through restructure: it encoded a struct per glyph metric and loca entry, which cost
 * more than copying the glyphs. head, hhea, maxp, cvt, prep and fpgm are fontkit's own bytes
 * (from one subset made by fontkit per font) with the glyph count set; glyf, loca and hmtx are
 * written here as fontkit lays them out; the table directory has zero checksums, as fontkit's.
 */
function encodeSubset(subset: TtfSubset, locaVersion: number, template: SubsetTemplate): Uint8Array {
  subset.glyf = []
  subset.offset = 0
  subset.loca = {offsets: [], version: locaVersion}
  subset.hmtx = {metrics: [], bearings: []}
  // Not a for-of: adding a composite glyph adds its parts to the list being walked.
  for (let index = 0; index < subset.glyphs.length; index++) subset._addGlyph(subset.glyphs[index] as number)
  subset.loca.offsets.push(subset.offset)
  const glyphCount = subset.glyf.length
  const sized = template.tables.map(({tag, bytes}) => {
    if (tag === 'glyf') return {tag, length: subset.offset}
    if (tag === 'loca') return {tag, length: subset.loca.offsets.length * (locaVersion === 0 ? 2 : 4)}
    if (tag === 'hmtx') return {tag, length: glyphCount * 4}
    return {tag, length: bytes.length, bytes}
  })
  const head = 12 + 16 * sized.length
  const total = sized.reduce((sum, table) => sum + table.length, head)
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  const power = 2 ** Math.floor(Math.log2(sized.length))
  out.set([0x74, 0x72, 0x75, 0x65])
  view.setUint16(4, sized.length)
  view.setUint16(6, power * 16)
  view.setUint16(8, Math.log2(power))
  view.setUint16(10, sized.length * 16 - power * 16)
  let offset = head
  for (const [index, table] of sized.entries()) {
    const entry = 12 + 16 * index
    for (let char = 0; char < 4; char++) out[entry + char] = table.tag.charCodeAt(char)
    view.setUint32(entry + 8, offset)
    view.setUint32(entry + 12, table.length)
    if (table.tag === 'glyf') {
      let at = offset
      for (const glyph of subset.glyf) {
        out.set(glyph, at)
        at += glyph.length
      }
    } else if (table.tag === 'loca') {
      subset.loca.offsets.forEach((value, at) => (locaVersion === 0 ? view.setUint16(offset + at * 2, value >>> 1) : view.setUint32(offset + at * 4, value)))
    } else if (table.tag === 'hmtx') {
      subset.hmtx.metrics.forEach((metric, at) => {
        view.setUint16(offset + at * 4, metric.advance)
        view.setInt16(offset + at * 4 + 2, metric.bearing)
      })
    } else if (table.bytes) {
      out.set(table.bytes, offset)
      // The glyph count, as fontkit sets it on its copies of these tables.
      if (table.tag === 'maxp') view.setUint16(offset + 4, glyphCount)
      if (table.tag === 'hhea') view.setUint16(offset + 34, glyphCount)
    }
    offset += table.length
  }
  return out
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
