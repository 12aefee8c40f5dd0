import {readFileSync} from 'node:fs'
import {requirePackage} from './require-package.js'
import type {FontFace} from './types.js'

function ttf(weight: FontFace['weight'], style: FontFace['style'], name: string): FontFace {
  return {family: 'PT Sans', weight, style, file: requirePackage.resolve(`@expo-google-fonts/pt-sans/${name}/PTSans_${name}.ttf`)}
}

/** PT Sans (designed for Russian) as TTF, for pdfkit and satori: regular, italic, bold, bold italic. */
export const fontFaces: readonly FontFace[] = Object.freeze([
  ttf(400, 'normal', '400Regular'),
  ttf(400, 'italic', '400Regular_Italic'),
  ttf(700, 'normal', '700Bold'),
  ttf(700, 'italic', '700Bold_Italic')
])

const loaded = new Map<string, Buffer>()

/** The bytes of a font face, read once per process: satori and pdfkit want buffers, and cards render by the hundred. */
export function loadFont(face: FontFace): Buffer {
  let bytes = loaded.get(face.file)
  if (!bytes) {
    bytes = readFileSync(face.file)
    loaded.set(face.file, bytes)
  }
  return bytes
}

/** The face closest to a weight and style (bold for 600 and up): renderers ask for what the text needs. */
export function fontFace(weight = 400, style: FontFace['style'] = 'normal'): FontFace {
  const wanted = weight >= 600 ? 700 : 400
  const face = fontFaces.find((candidate) => candidate.weight === wanted && candidate.style === style)
  if (!face) throw new Error(`No PT Sans face for weight ${weight}, style ${style}`)
  return face
}
