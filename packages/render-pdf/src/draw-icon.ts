import type {IconData} from '@samizdat/model'
import type {Canvas} from './canvas.js'

/** pdfkit's raw content writer: what its path methods call with each operator. */
interface ContentInternals {
  addContent(operator: string): unknown
}

const operators = new Map<string, string>()

/**
 * Add an SVG path to the current path. The same icons recur on every page (platforms, links),
 * and pdfkit parses the path data anew each time; the operators it writes are the same
 * wherever the icon stands (it is drawn in its own coordinates), so they are worked out once
 * per process and written again as they were.
 */
function addPath(doc: PDFKit.PDFDocument, d: string): void {
  const content = doc as unknown as ContentInternals
  let known = operators.get(d)
  if (known === undefined) {
    const written: string[] = []
    const addContent = content.addContent
    content.addContent = (operator: string) => {
      written.push(operator)
      return doc
    }
    try {
      doc.path(d)
    } finally {
      content.addContent = addContent
    }
    known = written.join('\n')
    operators.set(d, known)
  }
  if (known !== '') content.addContent(known)
}

/** Draw an icon's paths (an emoji's in their own colours) scaled into a `size`-point square whose top-left corner is (x, y). */
export function drawIcon(canvas: Canvas, icon: IconData, x: number, y: number, size: number, color: string): void {
  const [minX = 0, minY = 0, width = 24, height = 24] = icon.viewBox.split(/[\s,]+/).map(Number)
  const scale = size / Math.max(width, height, 1)
  const {doc} = canvas
  doc.save()
  // Centre a non-square icon in its square.
  doc.translate(x + (size - width * scale) / 2, y + (size - height * scale) / 2).scale(scale).translate(-minX, -minY)
  icon.paths.forEach((d, index) => {
    const paint = icon.paint?.[index]
    if (!paint) {
      addPath(doc, d)
      doc.fill(color, icon.fillRules?.[index] ?? 'nonzero')
      return
    }
    // A coloured picture (emoji): each path's own fill, opacity and transform (the path's
    // operators are in its own coordinates, so the cached ones still hold).
    doc.save()
    if (paint.transform) doc.transform(...paint.transform)
    doc.fillOpacity(paint.opacity ?? 1)
    addPath(doc, d)
    doc.fill(paint.fill, icon.fillRules?.[index] ?? 'nonzero')
    doc.restore()
  })
  doc.restore()
  canvas.record({x, y, width: size, height: size, kind: 'graphic'})
}
