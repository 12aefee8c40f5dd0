import {Flow, wordsOf} from './flow.js'
import {drawLine} from './inline/draw-line.js'
import type {Line} from './inline/types.js'
import {siteMessages} from './site-messages.js'
import type {StructNode} from './tags.js'
import type {Target} from './targets.js'
import {printedUrl} from './url.js'
import type {DrawContext} from './vertical-list.js'

/** Printed addresses for the targets that get no QR code: a heading, then a label and address each. */
export interface LinksList {
  heading: Line[]
  entries: Line[][]
  height: number
  words: number
}

/** Lay out a links list in the flow's width, a little smaller than the body; null for no targets. */
export function layoutLinksList(flow: Flow, targets: readonly Target[]): LinksList | null {
  if (targets.length === 0) return null
  const size = flow.type.size * 0.85
  const heading = flow.layout([{kind: 'text', text: siteMessages(flow.bundle).printedLinks, marks: {bold: true}}], {size, color: flow.type.color, hyphenate: false})
  const entries = targets.map((target) =>
    flow.layout(
      [
        {kind: 'text', text: `${target.label}: `, marks: {}},
        // JetBrains Mono: 0/O and l/1/I differ, for people typing the address by hand.
        {kind: 'text', text: printedUrl(target.url), marks: {mono: true}, url: true, link: target.url}
      ],
      {size, color: flow.type.color, hyphenate: false}
    )
  )
  const all = [...heading, ...entries.flat()]
  return {heading, entries, height: Flow.height(all), words: all.reduce((sum, line) => sum + wordsOf(line), 0)}
}

/** Structure nodes of a links list: a caption and one list item per address. */
export interface LinksListTags {
  caption: StructNode
  items: StructNode[]
}

/** Make the list's structure under the flow's current element (a `L` with its caption and items). */
export function linksListTags(flow: Flow, list: LinksList): LinksListTags {
  let tags: LinksListTags | undefined
  flow.struct('L', () => {
    tags = {caption: flow.structChild('Caption'), items: list.entries.map(() => flow.structChild('LI'))}
  })
  return tags as LinksListTags
}

/** Draw a links list with its top-left corner at (left, y). */
export function drawLinksList(context: DrawContext, list: LinksList, tags: LinksListTags, left: number, y: number): void {
  let top = y
  if (list.heading.length > 0) {
    context.tags.content(tags.caption, () => {
      for (const line of list.heading) {
        drawLine(context.canvas, line, left, top)
        top += line.height
      }
    })
  }
  list.entries.forEach((lines, index) => {
    context.tags.content(tags.items[index] ?? null, () => {
      for (const line of lines) {
        drawLine(context.canvas, line, left, top)
        top += line.height
      }
    })
  })
}

/** Lay a links list out as pieces of the flow: the heading kept with the first address. */
export function placeLinksList(flow: Flow, targets: readonly Target[]): void {
  const list = layoutLinksList(flow, targets)
  if (!list) return
  const tags = linksListTags(flow, list)
  const left = flow.left
  flow.gap(flow.type.size * 0.55)
  flow.place(Flow.height(list.heading), (y, context) => drawLinksList(context, {...list, entries: []}, tags, left, y), {keep: true, words: 1, lines: 1})
  list.entries.forEach((lines, index) => {
    const entry: LinksList = {heading: [], entries: [lines], height: Flow.height(lines), words: 0}
    const entryTags: LinksListTags = {caption: tags.caption, items: [tags.items[index] as StructNode]}
    flow.place(entry.height, (y, context) => drawLinksList(context, entry, entryTags, left, y), {words: lines.reduce((sum, line) => sum + wordsOf(line), 0), lines: lines.length})
  })
}
