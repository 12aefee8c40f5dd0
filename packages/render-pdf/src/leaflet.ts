import {leafletFile, type Recommendation, type SiteBundle} from '@samizdat/model'
import {createDocument} from './create-document.js'
import {Flow} from './flow.js'
import {drawFurniture} from './furniture.js'
import {blocks, bodyStyle} from './handlers/blocks.js'
import {drawLogo} from './logo.js'
import {mm, type ResolvedOptions} from './options.js'
import {drawQrRows, qrRowsHeight} from './qr-row.js'
import {platformRuns} from './recommendation-card.js'
import {fill} from '@samizdat/messages'
import {siteMessages} from './site-messages.js'
import {recommendationTargets} from './targets.js'

/** Body sizes tried, largest first, until the leaflet fits on two pages. */
const bodySizes = [10.5, 10, 9.5, 9, 8.5, 8]

/**
 * A leaflet for one recommendation: the front has its logo, name, platforms, summary and QR codes
 * (official site, its page in the guide); the back has the details. Set in the largest body size
 * that keeps it to two pages; text that still does not fit continues on more pages.
 */
export async function renderLeaflet(bundle: SiteBundle, recommendation: Recommendation, options: ResolvedOptions): Promise<{pdf: Buffer; warnings: string[]}> {
  let size = bodySizes[0] ?? 10
  let result = await attempt(bundle, recommendation, options, size, false)
  for (const smaller of bodySizes.slice(1)) {
    if (result.pages <= 2) break
    size = smaller
    result = await attempt(bundle, recommendation, options, size, false)
  }
  // Only the accepted attempt reports its drawing to the caller.
  if (options.onDraw) result = await attempt(bundle, recommendation, options, size, true)
  return {pdf: result.pdf, warnings: result.warnings}
}

async function attempt(bundle: SiteBundle, recommendation: Recommendation, options: ResolvedOptions, size: number, report: boolean) {
  const file = leafletFile(recommendation)
  const {canvas, done} = createDocument(
    bundle,
    {
      title: fill(siteMessages(bundle).documentTitle, {page: recommendation.name, site: bundle.site.name}),
      subject: recommendation.summaryText,
      keywords: [recommendation.name, ...recommendation.platforms.map((platform) => platform.label), bundle.site.name]
    },
    {size: options.leafletSize, date: options.date, tagged: options.tagged, onDraw: report && options.onDraw ? (box) => options.onDraw?.(file, box) : undefined}
  )
  const {doc} = canvas
  const frame = {left: 14 * mm, right: doc.page.width - 14 * mm, top: 17 * mm, bottom: doc.page.height - 17 * mm}
  const root = options.tagged ? doc.struct('Document') : null
  if (root) doc.addStructure(root)
  const flow = new Flow(canvas, bundle, frame, {size, color: '#000000', noteSize: Math.max(6.5, size * 0.72)}, root)
  flow.page = recommendation.page

  // The QR codes sit at the foot of the front page, whatever the summary's length.
  const targets = recommendationTargets(bundle, recommendation)
  const qr = Math.min(30 * mm, (frame.right - frame.left) / Math.max(1, targets.length) / 1.15)
  const qrHeight = qrRowsHeight(flow, targets, qr)
  const qrTop = frame.bottom - qrHeight
  flow.struct('Sect', () => {
    const intro = siteMessages(bundle).qrIntro
    const [introLine] = flow.layout([{kind: 'text', text: intro, marks: {bold: true}}], bodyStyle(flow, {size: size * 0.9, hyphenate: false}))
    const introTop = qrTop - (introLine?.height ?? 0) - 2
    flow.y = introTop
    if (introLine) flow.struct('P', () => flow.lines([introLine]))
    drawQrRows(flow, targets, qr, qrTop)
    flow.y = frame.top
    flow.bottom = introTop - size
  })

  // Logo and name side by side; the name shrinks to fit two lines.
  const logo = 22 * mm
  const top = flow.y
  flow.struct('Figure', () => flow.tagged(() => drawLogo(canvas, bundle, recommendation, frame.left, top, logo)), {alt: recommendation.logo.alt || recommendation.name})
  flow.indented(logo + 5 * mm, 0, () => {
    let nameSize = 26
    let lines = flow.layout([{kind: 'text', text: recommendation.name, marks: {}}], bodyStyle(flow, {size: nameSize, bold: true, hyphenate: false}))
    while (lines.length > 2 && nameSize > 14) {
      nameSize -= 2
      lines = flow.layout([{kind: 'text', text: recommendation.name, marks: {}}], bodyStyle(flow, {size: nameSize, bold: true, hyphenate: false}))
    }
    flow.struct('H1', () => flow.lines(lines))
    if (recommendation.platforms.length > 0) {
      flow.gap(3)
      flow.struct('P', () => flow.paragraph(platformRuns(recommendation, flow), bodyStyle(flow, {size: size * 0.95, hyphenate: false})))
    }
  })
  flow.y = Math.max(flow.y, top + logo)
  flow.gap(size * 0.6)
  blocks(recommendation.summary, flow)

  if (recommendation.details.length > 0) {
    flow.newPage()
    blocks([{type: 'heading', depth: 2, children: [{type: 'text', value: fill(siteMessages(bundle).moreAbout, {name: recommendation.name})}]}], flow)
    blocks(recommendation.details, flow)
  }
  flow.finishPage()
  drawFurniture(flow, fill(siteMessages(bundle).documentTitle, {page: recommendation.name, site: bundle.site.name}))
  const pages = doc.bufferedPageRange().count
  root?.end()
  doc.end()
  return {pdf: await done, warnings: canvas.warnings, pages, size}
}
