import QRCode from 'qrcode'
import type {Canvas} from './canvas.js'

/** Modules of white around a code, as the QR standard asks, so scanners find its edges. */
export const quietZone = 4

const codes = new Map<string, QRCode.BitMatrix>()

/** The modules of a URL's code, made once per process. */
function modulesOf(url: string): QRCode.BitMatrix {
  let modules = codes.get(url)
  if (!modules) {
    modules = QRCode.create(url, {errorCorrectionLevel: 'M'}).modules
    codes.set(url, modules)
  }
  return modules
}

/** pdfkit's raw content writer. */
interface ContentInternals {
  addContent(operator: string): unknown
}

const paths = new Map<string, string>()

/**
 * The dark modules of `url`'s code as one path in module units (a module is 1 × 1, the first
 * dark row and column at 0), each row's runs merged into one rectangle: a code of 2,000 runs is
 * then a few kilobytes of small integers instead of 40 bytes of decimals a run, made once per
 * process and written as it is into every document that prints the code.
 */
function pathOf(url: string): string {
  let known = paths.get(url)
  if (known === undefined) {
    const modules = modulesOf(url)
    const count = modules.size
    const runs: string[] = []
    for (let row = 0; row < count; row++) {
      let column = 0
      while (column < count) {
        if (!modules.get(row, column)) {
          column++
          continue
        }
        const start = column
        while (column < count && modules.get(row, column)) column++
        runs.push(`${start} ${row} ${column - start} 1 re`)
      }
    }
    known = runs.join('\n')
    paths.set(url, known)
  }
  return known
}

/** Width of the white quiet zone of `url`'s code drawn `size` points wide: where its dark modules start. */
export function qrQuietWidth(url: string, size: number): number {
  return (quietZone * size) / (modulesOf(url).size + 2 * quietZone)
}

/**
 * Draw a QR code for `url` as vector squares (crisp on any printer) in a `size`-point square
 * whose top-left corner is (x, y), quiet zone included. Error correction M survives a fold or a
 * smudge.
 */
export function drawQr(canvas: Canvas, url: string, x: number, y: number, size: number): void {
  const modules = modulesOf(url)
  const count = modules.size
  const cell = size / (count + 2 * quietZone)
  const {doc} = canvas
  // One path for the whole code, drawn in module units scaled to the cell.
  doc.save()
  doc.transform(cell, 0, 0, cell, x + quietZone * cell, y + quietZone * cell)
  ;(doc as unknown as ContentInternals).addContent(pathOf(url))
  doc.fill('#000000')
  doc.restore()
  canvas.record({x: x + quietZone * cell, y: y + quietZone * cell, width: count * cell, height: count * cell, kind: 'image', qr: url})
}
