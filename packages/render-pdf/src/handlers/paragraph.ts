import type {Image, Paragraph} from 'mdast'
import type {Flow, LinesOptions} from '../flow.js'
import {bodyStyle} from './blocks.js'
import {figure} from './figure.js'
import {phrasing} from './phrasing.js'

/**
 * A paragraph. One that holds only pictures prints them as figures; pictures among text are
 * drawn on its lines.
 */
export function paragraph(node: Paragraph, flow: Flow, options: LinesOptions = {}): void {
  const pictures = node.children.every((child) => child.type === 'image' || child.type === 'break' || (child.type === 'text' && child.value.trim() === ''))
  if (pictures && node.children.some((child) => child.type === 'image')) {
    for (const child of node.children) if (child.type === 'image') figure(child as Image, flow)
    return
  }
  const runs = phrasing(node.children, flow)
  if (!runs.some((run) => run.kind !== 'break' && (run.kind !== 'text' || run.text.trim() !== ''))) return
  // A leading line break would print an empty line.
  while (runs[0]?.kind === 'break' || (runs[0]?.kind === 'text' && runs[0].text.trim() === '')) runs.shift()
  flow.gap(flow.type.size * 0.55)
  flow.struct('P', () => flow.paragraph(runs, bodyStyle(flow), options))
}
