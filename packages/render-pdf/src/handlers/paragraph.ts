import type {Image, Paragraph, PhrasingContent} from 'mdast'
import type {Flow} from '../flow.js'
import {bodyStyle} from './blocks.js'
import {figure} from './figure.js'
import {phrasing} from './phrasing.js'

/** A paragraph; its pictures are placed before it as figures (pdfkit has no inline images). */
export function paragraph(node: Paragraph, flow: Flow, options: Parameters<Flow['lines']>[1] = {}): void {
  const images = node.children.filter((child): child is Image => child.type === 'image')
  for (const image of images) figure(image, flow)
  const rest: PhrasingContent[] = node.children.filter((child) => child.type !== 'image')
  const runs = phrasing(rest, flow)
  if (!runs.some((run) => run.kind !== 'break' && (run.kind !== 'text' || run.text.trim() !== ''))) return
  // A leading line break (after a removed picture) would print an empty line.
  while (runs[0]?.kind === 'break' || (runs[0]?.kind === 'text' && runs[0].text.trim() === '')) runs.shift()
  flow.gap(flow.type.size * 0.55)
  flow.struct('P', () => flow.paragraph(runs, bodyStyle(flow), options))
}
