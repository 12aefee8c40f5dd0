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
  // One path for the whole code; each row's dark modules are merged into runs.
  for (let row = 0; row < count; row++) {
    let column = 0
    while (column < count) {
      if (!modules.get(row, column)) {
        column++
        continue
      }
      const start = column
      while (column < count && modules.get(row, column)) column++
      doc.rect(x + (quietZone + start) * cell, y + (quietZone + row) * cell, (column - start) * cell, cell)
    }
  }
  doc.fill('#000000')
  canvas.record({x: x + quietZone * cell, y: y + quietZone * cell, width: count * cell, height: count * cell, kind: 'image', qr: url})
}
