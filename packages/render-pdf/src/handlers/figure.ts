import type {Image} from 'mdast'
import type {Flow} from '../flow.js'
import {naturalSize, pictureOf, type Picture} from '../images.js'
import type {StructNode} from '../tags.js'
import type {DrawContext} from '../vertical-list.js'
import {bodyStyle} from './blocks.js'

/** CSS pixels to points. */
const pt = 0.75

function assetOf(node: Image, flow: Flow) {
  const target = node.data?.resolved
  return target?.kind === 'asset' && target.asset && Object.hasOwn(flow.bundle.assets, target.asset) ? flow.bundle.assets[target.asset] : undefined
}

/** The picture an image node shows in print, or null (the dark variant of a pair, a missing file, a format pdfkit cannot draw). */
export function printedPicture(node: Image, flow: Flow, width: number): Picture | null {
  // Print is light: the dark variant of a picture is for dark screens.
  if (node.data?.resolved?.theme === 'dark') return null
  const asset = assetOf(node, flow)
  return asset ? pictureOf(asset, width) : null
}

/**
 * The width a picture prints at, in points, as a browser would show it: the author's `width`,
 * else its own size; null when neither is known.
 */
export function printedWidth(node: Image, flow: Flow): number | null {
  const wanted = Number.parseFloat(node.data?.attributes?.width ?? '') * pt
  if (Number.isFinite(wanted) && wanted > 0) return wanted
  const asset = assetOf(node, flow)
  const natural = asset ? naturalSize(asset) : null
  return natural ? natural.width * pt : null
}

/**
 * A picture on its own, at the author's width (or its own, or the column's), never wider than
 * the column nor taller than 60% of the page, so it always finds a page; its alt text when it
 * cannot be printed.
 */
export function figure(node: Image, flow: Flow): void {
  if (node.data?.resolved?.theme === 'dark') return
  let width = Math.min(printedWidth(node, flow) ?? flow.width, flow.width)
  const picture = printedPicture(node, flow, width)
  if (!picture) {
    if (node.alt) flow.struct('P', () => flow.paragraph([{kind: 'text', text: `[${node.alt}]`, marks: {italic: true}}], bodyStyle(flow)))
    return
  }
  let height = (width * picture.pixelHeight) / Math.max(1, picture.pixelWidth)
  const scale = Math.min(1, ((flow.frame.bottom - flow.frame.top) * 0.6) / height)
  width *= scale
  height *= scale
  const x = node.data?.attributes?.align === 'right' ? flow.right - width : flow.left
  flow.gap(flow.type.size * 0.55)
  const alt = node.alt?.trim() ?? ''
  const draw = (y: number, context: DrawContext, struct: StructNode | null) => {
    const paint = () => context.canvas.image(picture.data, x, y, width, height)
    // A picture without alt text is decoration (as `alt=""` is in HTML): an artifact, not a figure.
    if (alt) context.tags.content(struct, paint)
    else context.tags.artifact(paint)
  }
  flow.struct('Figure', () => {
    const struct = flow.currentStruct
    flow.place(height, (y, context) => draw(y, context, struct))
  }, {alt})
}
