// fontkit 2 ships no types; this declares only what text measuring uses.
declare module 'fontkit' {
  /** A parsed font file. */
  export interface Font {
    unitsPerEm: number
    familyName: string
    layout(text: string): {advanceWidth: number}
  }
  /** Parse a TTF/OTF buffer. */
  export function create(buffer: Uint8Array): Font
}
