import type {Font} from 'fontkit'

/** A glyph as fontkit lays it out: the fields pdfkit reads. */
interface GlyphInternals {
  id: number
  advanceWidth: number
  codePoints: number[]
}

/** A position as pdfkit's `layoutRun` leaves it: scaled to the font size, with the glyph's own advance. */
export interface ScaledPosition {
  xAdvance: number
  yAdvance: number
  xOffset: number
  yOffset: number
  advanceWidth: number
}

/** What pdfkit's `layoutRun` returns and the rest of pdfkit reads. */
export interface ScaledRun {
  glyphs: GlyphInternals[]
  positions: ScaledPosition[]
  advanceWidth: number
}

interface Coverage {
  version: number
  glyphs?: number[]
  rangeRecords?: Array<{start: number; end: number}>
}
interface ClassDef {
  version: number
}
interface ValueRecord {
  xPlacement?: number
  yPlacement?: number
  xAdvance?: number
  yAdvance?: number
  xPlaDevice?: unknown
  yPlaDevice?: unknown
  xAdvDevice?: unknown
  yAdvDevice?: unknown
}
interface Subtable {
  version: number
  lookupType?: number
  extension?: Subtable
  coverage?: Coverage
  coverages?: Coverage[]
  markCoverage?: Coverage
  ligatureSets?: {get(index: number): Array<{components: number[]}>}
  mark1Coverage?: Coverage
  inputCoverage?: Coverage[]
  backtrackCoverage?: Coverage[]
  lookaheadCoverage?: Coverage[]
  pairSets?: {get(index: number): Array<{secondGlyph: number; value1?: ValueRecord; value2?: ValueRecord}>}
  classDef1?: ClassDef
  classDef2?: ClassDef
  classRecords?: {get(index: number): {get(index: number): {value1?: ValueRecord; value2?: ValueRecord}}}
}
interface Lookup {
  lookupType: number
  flags: {flags: Record<string, boolean>}
  subTables: Subtable[]
}
interface Processor {
  features: Record<string, unknown>
  selectScript(script: string): string
  lookupsForFeatures(features: string[]): Array<{lookup: Lookup}>
  coverageIndex(coverage: Coverage, glyph: number): number
  getClassID(glyph: number, classDef: ClassDef): number
}
interface FontInternals {
  _layoutEngine: {engine: {GSUBProcessor: Processor | null; GPOSProcessor: Processor | null} | null}
  _variationProcessor?: unknown
  GDEF?: {glyphClassDef?: ClassDef}
  kern?: unknown
  _cmapProcessor: {lookup(codePoint: number): number}
  getGlyph(id: number, codePoints: number[]): GlyphInternals
}

/** The features fontkit's default shaper turns on for horizontal text (fontkit 2.0.4, `DefaultShaper`). */
const defaultFeatures = ['rvrn', 'ltra', 'ltrm', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern']
/** Scripts of the characters taken here; anything else (no script) is shaped as fontkit's fallback, Latin. */
const scripts = ['cyrl', 'latn', 'DFLT']

/**
 * Characters shaped here: Basic Latin, Latin-1 (but the soft hyphen, which fontkit hides),
 * Latin Extended-A, Cyrillic, general punctuation (but the invisible format characters and the
 * fraction slash, which starts fontkit's fractions), arrows, №, €. None of them is a combining mark.
 */
function simpleCharacter(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0x17f && code !== 0xad) ||
    (code >= 0x400 && code <= 0x45f) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2030 && code <= 0x2043) ||
    (code >= 0x2190 && code <= 0x2199) ||
    code === 0x2116 ||
    code === 0x20ac
  )
}

/**
 * Shape text the way fontkit would for a font whose substitutions cannot touch the text and
 * whose only positioning is pair kerning: glyphs from the cmap, advances from hmtx, pairs from
 * the GPOS pair adjustment lookups, each pair looked up once. fontkit's general shaper (script
 * and feature plan, a pass per lookup over the glyphs) costs about 0.17 ms a word, and every
 * thread meets each of the guide's thousands of words once: that was most of a thread's warm-up.
 *
 * Returns null when the font is outside what this reproduces (a substitution or positioning
 * other than pair kerning in its default features, font variations, an old `kern` table); the
 * returned function returns null for a text with a character it does not take or whose glyph a
 * substitution might change, and the caller then asks fontkit. The results equal fontkit's (a
 * test compares them word by word), so PDFs are the same bytes either way.
 */
export function simpleShaper(font: Font, disabled: readonly string[] = []): ((text: string, scale: number) => ScaledRun | null) | null {
  const internals = font as unknown as FontInternals
  if (internals._variationProcessor || internals.kern) return null
  font.layout('a')
  const engine = internals._layoutEngine.engine
  if (!engine) return null
  const features = defaultFeatures.filter((feature) => !disabled.includes(feature))

  const gdef = internals.GDEF?.glyphClassDef
  const anyProcessor = engine.GSUBProcessor ?? engine.GPOSProcessor
  const isMark = (glyph: number) => Boolean(gdef && anyProcessor && anyProcessor.getClassID(glyph, gdef) === 3)

  // Glyphs a default substitution could start at: a text without any is left as the cmap gives it.
  // A contextual rule whose context is marks alone (i or j before an accent) never matches here.
  const touched = new Set<number>()
  // Ligatures are checked on the text itself (f starts some, but is mostly followed by no f, i or l).
  const ligatures: Subtable[] = []
  const gsub = engine.GSUBProcessor
  for (const script of gsub ? scripts : []) {
    gsub?.selectScript(script)
    for (const {lookup} of gsub?.lookupsForFeatures(features) ?? []) {
      for (const table of lookup.subTables) {
        if (needsMarks(lookup.lookupType, table, isMark)) continue
        const ligature = lookup.lookupType === 4 ? table : lookup.lookupType === 7 && table.lookupType === 4 ? table.extension : undefined
        if (ligature?.coverage && ligature.ligatureSets) {
          ligatures.push(ligature)
          continue
        }
        const coverage = startCoverage(lookup.lookupType, table)
        if (!coverage) return null
        if (!addCoverage(touched, coverage)) return null
      }
    }
  }

  // Positioning: pair adjustments, the same lookups for every script, skipping nothing but
  // marks; attachments of marks, which a text without marks never meets.
  const gpos = engine.GPOSProcessor
  let positioning: Lookup[] = []
  for (const [index, script] of scripts.entries()) {
    gpos?.selectScript(script)
    const lookups = (gpos?.lookupsForFeatures(features) ?? []).map(({lookup}) => lookup)
    if (index === 0) positioning = lookups
    else if (lookups.length !== positioning.length || lookups.some((lookup, at) => lookup !== positioning[at])) return null
  }
  const kerning: Lookup[] = []
  for (const lookup of positioning) {
    if (Object.entries(lookup.flags.flags).some(([flag, on]) => on && flag !== 'ignoreMarks')) return null
    if (lookup.lookupType === 2) kerning.push(lookup)
    else if (lookup.lookupType === 4 || lookup.lookupType === 5 || lookup.lookupType === 6) {
      for (const table of lookup.subTables) {
        const marks = lookup.lookupType === 6 ? table.mark1Coverage : table.markCoverage
        if (!marks || !addCoverage(touched, marks)) return null
      }
    } else return null
  }

  const pairs = new Map<number, readonly [ValueRecord | undefined, ValueRecord | undefined] | null>()
  const pair = (first: number, second: number) => {
    const key = first * 0x10000 + second
    let found = pairs.get(key)
    if (found === undefined) {
      found = null
      const processor = gpos as Processor
      search: for (const lookup of kerning) {
        for (const table of lookup.subTables) {
          const index = processor.coverageIndex(table.coverage as Coverage, first)
          if (index === -1) continue
          if (table.version === 1) {
            const match = table.pairSets?.get(index).find((candidate) => candidate.secondGlyph === second)
            if (!match) continue
            found = [match.value1, match.value2]
            break search
          }
          const class1 = processor.getClassID(first, table.classDef1 as ClassDef)
          const class2 = processor.getClassID(second, table.classDef2 as ClassDef)
          if (class1 === -1 || class2 === -1) continue
          const record = table.classRecords?.get(class1).get(class2)
          found = [record?.value1, record?.value2]
          break search
        }
      }
      if (found && [found[0], found[1]].some((value) => value && (value.xPlaDevice || value.yPlaDevice || value.xAdvDevice || value.yAdvDevice))) found = null
      pairs.set(key, found)
    }
    return found
  }

  const glyphs: GlyphInternals[] = []
  return (text, scale) => {
    glyphs.length = 0
    for (const char of text) {
      const code = char.codePointAt(0) as number
      if (!simpleCharacter(code)) return null
      const id = internals._cmapProcessor.lookup(code)
      // A glyph a substitution might start at, or a mark (kerning would skip it, an attachment
      // move it): fontkit's part.
      if (touched.has(id) || isMark(id)) return null
      glyphs.push(internals.getGlyph(id, [code]))
    }
    if (ligatures.length > 0 && formsLigature(glyphs, ligatures, gsub as Processor)) return null
    const units = glyphs.map((glyph) => ({xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0}))
    for (let index = 0; index + 1 < glyphs.length && kerning.length > 0; index++) {
      const values = pair((glyphs[index] as GlyphInternals).id, (glyphs[index + 1] as GlyphInternals).id)
      if (values) {
        adjust(units[index], values[0])
        adjust(units[index + 1], values[1])
      }
    }
    // As pdfkit's layoutRun scales fontkit's positions, and GlyphRun sums its advance.
    let advanceWidth = 0
    const positions = units.map((unit, index) => {
      const position = {xAdvance: unit.xAdvance * scale, yAdvance: unit.yAdvance * scale, xOffset: unit.xOffset * scale, yOffset: unit.yOffset * scale, advanceWidth: (glyphs[index] as GlyphInternals).advanceWidth * scale}
      advanceWidth += position.xAdvance
      return position
    })
    return {glyphs: [...glyphs], positions, advanceWidth}
  }
}

/** Add a value record as fontkit's GPOS processor does (`applyPositionValue`). */
function adjust(position: {xAdvance: number; yAdvance: number; xOffset: number; yOffset: number} | undefined, value: ValueRecord | undefined): void {
  if (!position || !value) return
  if (value.xAdvance != null) position.xAdvance += value.xAdvance
  if (value.yAdvance != null) position.yAdvance += value.yAdvance
  if (value.xPlacement != null) position.xOffset += value.xPlacement
  if (value.yPlacement != null) position.yOffset += value.yPlacement
}

/** The coverage the current glyph must be in for a substitution subtable to act, as fontkit reads it; null if unknown. */
function startCoverage(type: number, table: Subtable): Coverage | null {
  if (type === 7) return table.extension && table.lookupType ? startCoverage(table.lookupType, table.extension) : null
  if (type >= 1 && type <= 4) return table.coverage ?? null
  if ((type === 5 || type === 6) && (table.version === 1 || table.version === 2)) return table.coverage ?? null
  if (type === 5 && table.version === 3) return table.coverages?.[0] ?? null
  if (type === 6 && table.version === 3) return table.inputCoverage?.[0] ?? null
  return null
}

/** Whether a ligature subtable would join glyphs of the text, as fontkit matches them (`applyLookup`, type 4). */
function formsLigature(glyphs: readonly GlyphInternals[], ligatures: readonly Subtable[], processor: Processor): boolean {
  for (let at = 0; at < glyphs.length; at++) {
    const id = (glyphs[at] as GlyphInternals).id
    for (const table of ligatures) {
      const index = processor.coverageIndex(table.coverage as Coverage, id)
      if (index === -1) continue
      const set = table.ligatureSets?.get(index) ?? []
      if (set.some(({components}) => components.every((component, offset) => glyphs[at + 1 + offset]?.id === component))) return true
    }
  }
  return false
}

/** Whether a contextual substitution needs a mark in its context, which a text of no marks does not have. */
function needsMarks(type: number, table: Subtable, isMark: (glyph: number) => boolean): boolean {
  if (type === 7) return table.extension !== undefined && table.lookupType !== undefined && needsMarks(table.lookupType, table.extension, isMark)
  if (table.version !== 3) return false
  const context = type === 5 ? (table.coverages ?? []).slice(1) : type === 6 ? [...(table.inputCoverage ?? []).slice(1), ...(table.backtrackCoverage ?? []), ...(table.lookaheadCoverage ?? [])] : []
  return context.some((coverage) => {
    const glyphs = new Set<number>()
    return addCoverage(glyphs, coverage) && glyphs.size > 0 && [...glyphs].every(isMark)
  })
}

function addCoverage(into: Set<number>, coverage: Coverage): boolean {
  if (coverage.version === 1 && coverage.glyphs) {
    for (const glyph of coverage.glyphs) into.add(glyph)
    return true
  }
  if (coverage.version === 2 && coverage.rangeRecords) {
    for (const range of coverage.rangeRecords) for (let glyph = range.start; glyph <= range.end; glyph++) into.add(glyph)
    return true
  }
  return false
}
