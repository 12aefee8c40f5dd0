import type {SiteBundle} from '@samizdat/model'
import {Canvas, type DrawnBox} from './canvas.js'
import {newDocument} from './new-document.js'
import {Tags} from './tags.js'

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

/** A document being made: where to draw, how to tag, and its bytes once `finish` is called. */
export interface Document {
  canvas: Canvas
  tags: Tags
  /** End the structure tree and the document; resolves to the PDF's bytes. */
  finish(): Promise<Buffer>
}

/**
 * A pdfkit document with our fonts embedded, metadata set (title shown in the window, language
 * from the site), a fixed date so the same bundle gives the same bytes, and, when tagged, a
 * structure tree rooted in a `Document` element.
 */
export function createDocument(bundle: SiteBundle, info: DocumentInfo, settings: DocumentSettings): Document {
  const doc = newDocument({
    size: settings.size,
    margin: 0,
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
  const root = settings.tagged ? doc.struct('Document') : null
  if (root) doc.addStructure(root)
  return {
    canvas: new Canvas(doc, settings.onDraw),
    tags: new Tags(doc, root),
    finish() {
      root?.end()
      doc.end()
      return done
    }
  }
}
