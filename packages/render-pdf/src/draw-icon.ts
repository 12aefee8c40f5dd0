import type {IconData} from '@samizdat/model'
import type {Canvas} from './canvas.js'

/** Draw an icon's paths scaled into a `size`-point square whose top-left corner is (x, y). */
export function drawIcon(canvas: Canvas, icon: IconData, x: number, y: number, size: number, color: string): void {
  const [minX = 0, minY = 0, width = 24, height = 24] = icon.viewBox.split(/[\s,]+/).map(Number)
  const scale = size / Math.max(width, height, 1)
  const {doc} = canvas
  doc.save()
  // Centre a non-square icon in its square.
  doc.translate(x + (size - width * scale) / 2, y + (size - height * scale) / 2).scale(scale).translate(-minX, -minY)
  icon.paths.forEach((d, index) => {
    doc.path(d).fill(color, icon.fillRules?.[index] ?? 'nonzero')
  })
  doc.restore()
  canvas.record({x, y, width: size, height: size, kind: 'graphic'})
}
