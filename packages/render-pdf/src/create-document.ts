import type {SiteBundle} from '@samizdat/model'
import {Canvas, type DrawnBox} from './canvas.js'
import {newDocument} from './new-document.js'

/** Paper sizes pdfkit knows (`A5`, `A4`, `LETTER`…) or [width, height] in points. */
export type PaperSize = string | [number, number]

/** What goes into a document's metadata. */
export interface DocumentInfo {
  title: string
  subject: string
  keywords: string[]
}

/** Settings every document shares. */
export interface DocumentSettings {
  size: PaperSize
  date: Date
  tagged: boolean
  onDraw?: ((box: DrawnBox) => void) | undefined
}

/**
 * A pdfkit document with our fonts embedded, metadata set (title shown in the window, language
 * from the site), a fixed date so the same bundle gives the same bytes, and every page kept in
 * memory so page numbers can be drawn once the page count is known.
 */
export function createDocument(bundle: SiteBundle, info: DocumentInfo, settings: DocumentSettings): {canvas: Canvas; done: Promise<Buffer>} {
  const doc = newDocument({
    size: settings.size,
    margin: 0,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: settings.tagged,
    lang: bundle.site.language,
    displayTitle: true,
    info: {
      Title: info.title,
      Author: bundle.site.name,
      Subject: info.subject,
      Keywords: info.keywords.join(', '),
      Creator: 'Samizdat',
      Producer: 'Samizdat (pdfkit)',
      // pdfkit derives the file ID from the creation date: a fixed date makes the bytes reproducible.
      CreationDate: settings.date,
      ModDate: settings.date
    }
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  return {canvas: new Canvas(doc, settings.onDraw), done}
}
