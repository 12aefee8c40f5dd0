import {fill, type Messages} from '@samizdat/messages'
import {leafletFile, type Recommendation, type SiteBundle} from '@samizdat/model'
import type {Canvas} from './canvas.js'
import {createDocument} from './create-document.js'
import {drawPages, type PageFoot} from './draw-pages.js'
import {Flow, type Frame} from './flow.js'
import {blocks, bodyStyle} from './handlers/blocks.js'
import {drawLine} from './inline/draw-line.js'
import type {Line} from './inline/types.js'
import {logoRasterWidth} from './logo.js'
import {drawLinksList, layoutLinksList, linksListTags} from './links-list.js'
import {mm, type ResolvedOptions} from './options.js'
import {paginate, type LaidPage, type PageSpec} from './paginate.js'
import {drawQr, qrQuietWidth} from './qr.js'
import {drawQrRow, planQrRows, qrRowGap, qrRowTags, qrRowsHeight} from './qr-row.js'
import {placeBeside, platformRuns} from './recommendation-card.js'
import {siteMessages} from './site-messages.js'
import {recommendationTargets, type Target} from './targets.js'
import {printedUrl, siteUrl} from './url.js'
import type {DrawContext} from './vertical-list.js'

/** Body sizes tried, largest first, until the card fits the front and the details the back. */
const bodySizes = [10.5, 10, 9.5, 9, 8.5, 8]
/** The size of a leaflet whose details do not fit even at the smallest: readable, and cut short. */
const cutSize = 9

/**
 * A leaflet for one recommendation: one sheet, two pages. The front is the card (logo or
 * monogram, name, platforms, summary, and at its foot the QR codes); the back has the details,
 * any addresses that got no code, and, when the details do not fit, they end at a paragraph
 * with "continued in the guide" and a QR code to the recommendation's page. Set in the largest
 * body size at which everything fits.
 */
export async function renderLeaflet(
  bundle: SiteBundle,
  recommendation: Recommendation,
  options: ResolvedOptions,
  targets: Target[] = recommendationTargets(bundle, recommendation)
): Promise<{pdf: Buffer; warnings: string[]}> {
  const file = leafletFile(recommendation)
  const messages = siteMessages(bundle)
  const title = fill(messages.documentTitle, {page: recommendation.name, site: bundle.site.name})
  const document = createDocument(
    bundle,
    {
      title,
      subject: recommendation.summaryText,
      keywords: [recommendation.name, ...recommendation.platforms.map((platform) => platform.label), bundle.site.name]
    },
    {size: options.leafletSize, date: options.date, tagged: options.tagged, onDraw: options.onDraw && ((box) => options.onDraw?.(file, box))}
  )
  const {canvas} = document
  const {doc} = canvas
  const frame = {left: 14 * mm, right: doc.page.width - 14 * mm, top: 17 * mm, bottom: doc.page.height - 17 * mm}
  const context = {bundle, recommendation, canvas, frame, messages, targets}

  // The largest body size at which the card fits the front and the details the back, found
  // with as few layouts as possible (each lays out the whole leaflet): most leaflets fit at the
  // largest size with the way to the guide included, which is tried first; details too long
  // for the smallest size go straight to being cut; the rest are found by halving the sizes
  // (a leaflet that fits at a size fits at every smaller one).
  const hasDetails = recommendation.details.length > 0
  const attempts = new Map<number, Fitted>()
  const attempt = (index: number): Fitted => {
    let fitted = attempts.get(index)
    if (!fitted) {
      fitted = fit(layoutLeaflet(context, bodySizes[index] as number, true, false), false)
      attempts.set(index, fitted)
    }
    return fitted
  }
  // Where the details leave room, the back ends with the way to the guide's page.
  const guided = (index: number): Fitted => fit(layoutLeaflet(context, bodySizes[index] as number, true, true), false)
  let chosen: Fitted | undefined = hasDetails ? guided(0) : undefined
  if (!chosen?.whole) {
    chosen = undefined
    const last = bodySizes.length - 1
    let largest: number | undefined
    if (attempt(0).whole) largest = 0
    else if (attempt(last).whole) {
      let tooLarge = 0
      let fits = last
      while (fits - tooLarge > 1) {
        const middle: number = (tooLarge + fits) >> 1
        if (attempt(middle).whole) fits = middle
        else tooLarge = middle
      }
      largest = fits
    }
    if (largest !== undefined) {
      const withGuide = hasDetails && largest !== 0 ? guided(largest) : undefined
      chosen = withGuide?.whole ? withGuide : attempt(largest)
    }
  }
  // Nothing fits whole: the details end at a paragraph boundary with the way to the rest. A
  // summary too long for the front runs onto the back, and the details follow it there.
  if (!chosen) {
    const layout = layoutLeaflet(context, cutSize, true, false)
    chosen = fit(layout.frontFits() ? layout : layoutLeaflet(context, cutSize, false, false), true)
  }

  const {layout, pages} = chosen
  drawPages(pages, {
    ...document,
    frame,
    footnotes: layout.flow.footnotes,
    bottom: layout.spec.bottom,
    foot: (index) => (index === 0 ? layout.front : index === 1 ? layout.back : null),
    title,
    furnitureSize: Math.max(7, layout.flow.type.size * 0.75),
    pageNumber: messages.pageNumber
  })
  return {pdf: await document.finish(), warnings: canvas.warnings}
}

interface LeafletContext {
  bundle: SiteBundle
  recommendation: Recommendation
  canvas: Canvas
  frame: Frame
  messages: Messages
  targets: Target[]
}

/** A leaflet laid out at one size, not yet paginated. */
interface LeafletLayout {
  flow: Flow
  /** The feet of the front and the back pages. */
  front: PageFoot | null
  back: PageFoot | null
  /** The back's foot when the details are cut short (the way to the rest added). */
  cutBack: PageFoot
  /** Index of the first item of the back page. */
  backStart: number
  spec: PageSpec
  /** Whether the front's content fits on the front. */
  frontFits(): boolean
}

interface Fitted {
  layout: LeafletLayout
  pages: LaidPage[]
  /** Everything fits, nothing was cut. */
  whole: boolean
}

/** Space between the body and a page's foot. */
const footGap = 10

function specFor(frame: Frame, flow: Flow, front: PageFoot | null, back: PageFoot | null): PageSpec {
  const foot = (index: number) => (index === 0 ? front : index === 1 ? back : null)
  return {
    top: frame.top,
    bottom: (index) => {
      const block = foot(index)
      return frame.bottom - (block ? block.height + footGap : 0)
    },
    notesHeight: (notes) => flow.footnotes.height(notes)
  }
}

/**
 * Lay a leaflet out at a body size: the front's foot, the head, the summary; the back (on a page
 * of its own when `backPage`) with the details, and after them the way to the guide when
 * `guide` (always when there are no details).
 */
function layoutLeaflet(context: LeafletContext, size: number, backPage: boolean, guide: boolean): LeafletLayout {
  const {bundle, recommendation, canvas, frame, messages} = context
  const flow = new Flow(canvas, bundle, frame, {size, color: '#000000', noteSize: Math.max(6.5, size * 0.72)})
  flow.page = recommendation.page

  // The front's foot first, measured before the card is laid out above it.
  const main = context.targets.filter((target) => (target.role ?? 'main') === 'main').length
  const plan = planQrRows(flow, context.targets, {main: Math.min(30 * mm, flow.width / Math.max(1, main) / 1.15), download: 17 * mm, downloadRows: 1})
  const front = frontFoot(flow, plan.rows)

  // The head: logo or monogram, the name (shrunk to fit), the platforms.
  const logo = logoRasterWidth
  const nameWidth = flow.width - logo - 14
  let nameSize = 26
  const nameLines = (points: number) => flow.layout([{kind: 'text', text: recommendation.name, marks: {}}], bodyStyle(flow, {size: points, bold: true, hyphenate: false}), nameWidth)
  let name = nameLines(nameSize)
  while (name.length > 2 && nameSize > 14) {
    nameSize -= 2
    name = nameLines(nameSize)
  }
  const platforms = recommendation.platforms.length > 0 ? flow.layout(platformRuns(recommendation, flow), bodyStyle(flow, {size: size * 0.95, hyphenate: false}), nameWidth) : []
  placeBeside(flow, recommendation, logo, 'left', [
    {tag: 'H1', lines: name},
    {tag: 'P', lines: platforms, gap: 3}
  ])
  flow.gap(size * 0.6)
  blocks(recommendation.summary, flow)
  flow.endBlock()
  const frontEnd = flow.items.length

  if (backPage) flow.newPage()
  const backStart = flow.items.length
  blocks([{type: 'heading', depth: 2, children: [{type: 'text', value: fill(messages.moreAbout, {name: recommendation.name})}]}], flow)
  const guideUrl = siteUrl(bundle.site, recommendation.url)
  blocks(recommendation.details, flow)
  if (guide || recommendation.details.length === 0) {
    // No details: the back says where the rest is, right under its heading.
    flow.gap(size * 1.5)
    flow.struct('Sect', () => {
      const block = guideBlock(flow, messages.moreInGuide, guideUrl, (recommendation.details.length === 0 ? 26 : 20) * mm)
      flow.place(block.height, block.draw, {words: 4, lines: 2})
    })
  }

  const back = backFoot(flow, plan.printed, null)
  const cutBack = backFoot(flow, plan.printed, {text: messages.continuedInGuide, url: guideUrl}) as PageFoot
  const spec = specFor(frame, flow, front, back)
  return {
    flow,
    front,
    back,
    cutBack,
    backStart,
    spec,
    frontFits: () => paginate(flow.items.slice(0, frontEnd), spec).pages.length <= 1
  }
}

/**
 * Paginate a layout into its two pages and say whether all of it fits with the front's content
 * on the front. When it does not fit in two pages and `cut` is set, end the back at the last
 * block boundary (else sentence, else line) that fits above the way to the rest, and drop what
 * follows.
 */
function fit(layout: LeafletLayout, cut: boolean): Fitted {
  const {flow, backStart} = layout
  const items = flow.items
  const whole = paginate(items, layout.spec, {maxPages: 2})
  const frontOnFront = backStart >= items.length || (whole.pages[1]?.start ?? items.length) >= backStart
  if (whole.overflow === null || !cut) return {layout, pages: twoPages(whole.pages), whole: whole.overflow === null && frontOnFront}
  const spec = specFor(flow.frame, flow, layout.front, layout.cutBack)
  const first = paginate(items, spec, {maxPages: 2})
  const placed = (first.pages[1]?.placements ?? []).filter((placement) => !placement.repeated)
  const pick = (test: (placement: (typeof placed)[number]) => boolean) => [...placed].reverse().find(test)
  const end =
    pick((placement) => placement.piece.boundary === 'block' && !placement.piece.keep) ??
    pick((placement) => placement.piece.boundary !== null && !placement.piece.keep) ??
    pick((placement) => !placement.piece.keep) ??
    placed[placed.length - 1]
  const kept = end ? items.slice(0, end.index + 1) : items.slice(0, first.pages[1]?.start ?? backStart)
  const result = first.overflow === null ? first : paginate(kept, spec, {maxPages: 2})
  return {layout: {...layout, spec, back: layout.cutBack}, pages: twoPages(result.pages), whole: false}
}

/** A leaflet is one sheet: always two pages, the back blank but for its foot if nothing reached it. */
function twoPages(pages: LaidPage[]): LaidPage[] {
  const result = pages.slice(0, 2)
  while (result.length < 2) result.push({placements: [], frames: [], notes: [], words: 0, lines: 0, start: 0, next: 0})
  return result
}

/** The front's foot: "scan with your phone" over the QR codes. */
function frontFoot(flow: Flow, rows: ReturnType<typeof planQrRows>['rows']): PageFoot | null {
  if (rows.length === 0) return null
  let prompt: Line[] = []
  let promptNode: ReturnType<Flow['structChild']> | undefined
  let rowTags: Array<ReturnType<typeof qrRowTags>> = []
  flow.struct('Sect', () => {
    prompt = flow.layout([{kind: 'text', text: siteMessages(flow.bundle).qrIntro, marks: {bold: true}}], bodyStyle(flow, {size: flow.type.size * 0.9, hyphenate: false}))
    promptNode = flow.structChild('P')
    rowTags = rows.map((row) => qrRowTags(flow, row))
  })
  const left = flow.left
  const promptHeight = Flow.height(prompt) + 2
  return {
    height: promptHeight + qrRowsHeight(rows),
    draw: (top, context) => {
      drawLines(context, promptNode ?? null, prompt, left, top)
      let y = top + promptHeight
      rows.forEach((row, index) => {
        drawQrRow(context, row, rowTags[index] as ReturnType<typeof qrRowTags>, left, y)
        y += row.height + qrRowGap
      })
    }
  }
}

/** A QR code to the guide beside a line saying why and the address: a block of fixed height. */
interface GuideBlock {
  height: number
  draw: (top: number, context: DrawContext) => void
}

/** Lay out a guide block in the flow's width, its structure under the flow's current element. */
function guideBlock(flow: Flow, text: string, url: string, code: number): GuideBlock {
  const inset = qrQuietWidth(url, code)
  const lines = flow.layout(
    [
      {kind: 'text', text, marks: {bold: true}},
      {kind: 'break'},
      {kind: 'text', text: printedUrl(url), marks: {mono: true}, url: true, link: url}
    ],
    bodyStyle(flow, {size: flow.type.size * 0.9, hyphenate: false}),
    flow.width - code - inset
  )
  const figure = flow.structChild('Figure', {alt: fill(siteMessages(flow.bundle).qrAlt, {url})})
  const paragraph = flow.structChild('P')
  const left = flow.left
  const height = Math.max(code, Flow.height(lines))
  return {
    height,
    draw: (top, context) => {
      context.tags.content(figure, () => drawQr(context.canvas, url, left, top, code))
      drawLines(context, paragraph, lines, left + code, top + Math.max(0, (code - Flow.height(lines)) / 2))
    }
  }
}

/** The back's foot: the addresses that got no code, and, for a leaflet cut short, the way to the rest. */
function backFoot(flow: Flow, printed: Target[], continued: {text: string; url: string} | null): PageFoot | null {
  const list = layoutLinksList(flow, printed)
  if (!list && !continued) return null
  const left = flow.left
  let listTags: ReturnType<typeof linksListTags> | undefined
  let guide: GuideBlock | undefined
  flow.struct('Sect', () => {
    if (list) listTags = linksListTags(flow, list)
    if (continued) guide = guideBlock(flow, continued.text, continued.url, 20 * mm)
  })
  const listHeight = list ? list.height + (guide ? 6 : 0) : 0
  return {
    height: listHeight + (guide?.height ?? 0),
    draw: (top, context) => {
      if (list && listTags) drawLinksList(context, list, listTags, left, top)
      guide?.draw(top + listHeight, context)
    }
  }
}

function drawLines(context: DrawContext, node: ReturnType<Flow['structChild']> | null, lines: Line[], left: number, top: number): void {
  if (lines.length === 0) return
  context.tags.content(node, () => {
    let y = top
    for (const line of lines) {
      drawLine(context.canvas, line, left, y)
      y += line.height
    }
  })
}
