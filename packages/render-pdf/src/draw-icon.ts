import type {IconData} from '@samizdat/model'
import type {Canvas} from './canvas.js'

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
      doc.path(d).fill(color, icon.fillRules?.[index] ?? 'nonzero')
      return
    }
    // A coloured picture (emoji): each path's own fill, opacity and transform.
    doc.save()
    if (paint.transform) doc.transform(...paint.transform)
    doc.fillOpacity(paint.opacity ?? 1)
    doc.path(d).fill(paint.fill, icon.fillRules?.[index] ?? 'nonzero')
    doc.restore()
  })
  doc.restore()
  canvas.record({x, y, width: size, height: size, kind: 'graphic'})
}
