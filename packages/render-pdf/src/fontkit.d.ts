// fontkit (pdfkit's font engine) ships no types; this is the part we use.
declare module 'fontkit' {
  /** A glyph's outline and extent, in font units (y up). */
  export interface Glyph {
    path: {toSVG(): string}
    bbox: {minX: number; minY: number; maxX: number; maxY: number}
  }
  /** A parsed font. pdfkit accepts one wherever it takes font bytes and makes its own subset per document. */
  export interface Font {
    postscriptName: string
    unitsPerEm: number
    /** Lay out text: glyphs and their positions, in font units. */
    layout(text: string): {advanceWidth: number; glyphs: Glyph[]}
  }
  /** Parse font bytes (TrueType, OpenType, WOFF). */
  export function create(buffer: Buffer | Uint8Array, postscriptName?: string): Font
}
