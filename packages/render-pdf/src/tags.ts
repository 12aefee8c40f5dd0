/**
 * A structure element of the tagged PDF, made while laying out. The pdfkit element is created
 * when its first content is drawn, so elements join their parents in the order they are drawn,
 * which is the reading order, whatever page a paragraph's lines land on.
 */
export interface StructNode {
  tag: string
  options: {alt?: string; title?: string}
  parent: StructNode | null
  element?: PDFKit.PDFStructureElement
}

/** A structure node under `parent` (null: under the document). */
export function structNode(tag: string, parent: StructNode | null, options: StructNode['options'] = {}): StructNode {
  return {tag, options, parent}
}

/** Marks what is drawn as tagged content of a structure element or as an artifact. */
export class Tags {
  private readonly doc: PDFKit.PDFDocument
  private readonly root: PDFKit.PDFStructureElement | null

  /** `root` is the document's structure root, or null for an untagged PDF (then nothing is marked). */
  constructor(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement | null) {
    this.doc = doc
    this.root = root
  }

  private element(node: StructNode): PDFKit.PDFStructureElement {
    if (!node.element) {
      const parent = node.parent ? this.element(node.parent) : (this.root as PDFKit.PDFStructureElement)
      node.element = this.doc.struct(node.tag, node.options)
      parent.add(node.element)
    }
    return node.element
  }

  /** Draw content belonging to `node`; with no node, the content belongs to the document itself. */
  content(node: StructNode | null, draw: () => void): void {
    if (!this.root) {
      draw()
      return
    }
    const element = node ? this.element(node) : this.root
    element.add(this.doc.markStructureContent(node?.tag ?? 'Document'))
    draw()
    this.doc.endMarkedContent()
  }

  /** Draw decoration that carries no content (rules, box edges, page numbers, repeated headers). */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    if (!this.root) {
      draw()
      return
    }
    this.doc.markContent('Artifact', type ? {type} : {})
    draw()
    this.doc.endMarkedContent()
  }
}
