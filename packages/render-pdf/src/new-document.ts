import PDFDocument from 'pdfkit'
import {documentFont, fontNames} from './fonts.js'
import {batchStreamWrites} from './stream-writes.js'

interface FontInternals {
  _fontFamilies: Record<string, unknown>
  _font: unknown
}

/** A pdfkit document that opens in PT Sans and knows every face of {@link fontNames} by name. */
export function newDocument(options: PDFKit.PDFDocumentOptions): PDFKit.PDFDocument {
  batchStreamWrites()
  const doc = new PDFDocument({
    ...options,
    // Our own face from the start: pdfkit would otherwise load Helvetica, which has no Cyrillic.
    // pdfkit's types say bytes or a path; it takes a parsed fontkit font too (PDFFontFactory.open).
    font: documentFont('regular') as unknown as string
  })
  for (const name of fontNames) if (name !== 'regular') doc.registerFont(name, documentFont(name) as unknown as string)
  // `regular` is the face the document opened with. Registered as a second copy, pdfkit would
  // open it anew and compare it with the first on every `font('regular')`, never remembering
  // the answer; named here, it is found at once.
  const fonts = doc as unknown as FontInternals
  fonts._fontFamilies.regular = fonts._font
  return doc
}
