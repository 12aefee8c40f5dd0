import PDFDocument from 'pdfkit'

/** pdfkit's indirect object (pdfkit 0.20, `reference.js`): the fields its `write` fills. */
interface ReferenceInternals {
  data: {Length?: number; Filter?: string}
  compress: boolean
  uncompressedLength: number
  buffer: Uint8Array[]
  write(chunk: string | Uint8Array): void
  finalize(): void
  /** Text written since the last binary chunk, not yet turned into bytes. */
  samizdatText?: string | undefined
}

let patched = false

/**
 * Make pdfkit's streams keep written text as one string until they are finished. pdfkit turns
 * every operator (each `re`, `Tf`, `TJ`…) into a byte array of its own as it is written, by a
 * loop over its characters: a page's content became thousands of tiny arrays, which cost more
 * in conversion and garbage collection than drawing. Text is now joined and converted once
 * (latin1, as pdfkit's own conversion keeps the low byte of each character), and binary chunks
 * (pictures, fonts) still go in where they were written, so the bytes are the same.
 * Done once per thread, for every document.
 */
export function batchStreamWrites(): void {
  if (patched) return
  patched = true
  // A document that is never written, only to reach pdfkit's reference class.
  const probe = new PDFDocument({autoFirstPage: false}) as unknown as {ref(): ReferenceInternals}
  const proto = Object.getPrototypeOf(probe.ref()) as ReferenceInternals
  const finalize = proto.finalize
  const flush = (ref: ReferenceInternals) => {
    if (ref.samizdatText === undefined) return
    ref.buffer.push(Buffer.from(ref.samizdatText, 'latin1'))
    ref.samizdatText = undefined
  }
  proto.write = function write(this: ReferenceInternals, chunk: string | Uint8Array) {
    let length: number
    if (typeof chunk === 'string') {
      length = chunk.length + 1
      this.samizdatText = this.samizdatText === undefined ? `${chunk}\n` : `${this.samizdatText}${chunk}\n`
    } else {
      flush(this)
      length = chunk.length
      this.buffer.push(chunk)
    }
    this.uncompressedLength += length
    this.data.Length = (this.data.Length ?? 0) + length
    if (this.compress) this.data.Filter = 'FlateDecode'
  }
  proto.finalize = function (this: ReferenceInternals) {
    flush(this)
    finalize.call(this)
  }
}
