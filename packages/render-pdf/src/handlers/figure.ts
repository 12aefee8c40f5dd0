import type {Image} from 'mdast'
import type {Flow} from '../flow.js'
import {pictureOf} from '../images.js'
import {bodyStyle} from './blocks.js'

/** CSS pixels to points. */
const pt = 0.75

/** A picture on its own, at the author's width (or its own, at most the column), or its alt text. */
export function figure(node: Image, flow: Flow): void {
  const target = node.data?.resolved
  // Print is light: the dark variant of a picture is for dark screens.
  if (target?.theme === 'dark') return
  const asset = target?.kind === 'asset' && target.asset && Object.hasOwn(flow.bundle.assets, target.asset) ? flow.bundle.assets[target.asset] : undefined
  const wanted = Number.parseFloat(node.data?.attributes?.width ?? '') * pt
  const width = Math.min(Number.isFinite(wanted) && wanted > 0 ? wanted : flow.width, flow.width)
  const picture = asset ? pictureOf(asset, width) : null
  if (!picture) {
    if (node.alt) flow.struct('P', () => flow.paragraph([{kind: 'text', text: `[${node.alt}]`, marks: {italic: true}}], bodyStyle(flow)))
    return
  }
  let height = (width * picture.pixelHeight) / Math.max(1, picture.pixelWidth)
  const scale = Math.min(1, (flow.frame.bottom - flow.frame.top) / 2 / height)
  height *= scale
  flow.gap(flow.type.size * 0.55)
  flow.ensure(height)
  const x = node.data?.attributes?.align === 'right' ? flow.right - width * scale : flow.left
  flow.struct('Figure', () => flow.tagged(() => flow.doc.image(picture.data, x, flow.y, {width: width * scale, height})), {alt: node.alt ?? ''})
  flow.canvas.record({x, y: flow.y, width: width * scale, height, kind: 'graphic'})
  flow.y += height
}
