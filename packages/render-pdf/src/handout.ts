import {fill} from '@samizdat/messages'
import type {DefList} from '@samizdat/mkdocs-markdown'
import {handoutFile, type Page, type SiteBundle} from '@samizdat/model'
import {createDocument} from './create-document.js'
import {drawPages} from './draw-pages.js'
import {Flow} from './flow.js'
import {blocks, bodyStyle} from './handlers/blocks.js'
import {mm, type ResolvedOptions} from './options.js'
import {paginateWell, type PageSpec} from './paginate.js'
import {siteMessages} from './site-messages.js'
import {printedUrl, siteUrl} from './url.js'

/** A page of the guide as a handout: all of it, with footnoted links, page numbers and a running title. */
export async function renderHandout(bundle: SiteBundle, page: Page, options: ResolvedOptions): Promise<{pdf: Buffer; warnings: string[]}> {
  const file = handoutFile(page)
  const document = createDocument(
    bundle,
    {title: page.title, subject: page.description, keywords: [page.title, bundle.site.name]},
    {size: options.handoutSize, date: options.date, tagged: options.tagged, onDraw: options.onDraw && ((box) => options.onDraw?.(file, box))}
  )
  const {canvas} = document
  const {doc} = canvas
  const frame = {left: 18 * mm, right: doc.page.width - 18 * mm, top: 22 * mm, bottom: doc.page.height - 22 * mm}
  const messages = siteMessages(bundle)
  const flow = new Flow(canvas, bundle, frame, {size: 10.5, color: '#000000', noteSize: 7.5})
  flow.page = page.source
  // Pages without a top-level heading (their title is in the navigation) get one.
  if (!page.tree.children.some((node) => node.type === 'heading' && node.depth === 1)) {
    blocks([{type: 'heading', depth: 1, children: [{type: 'text', value: page.title}]}], flow)
  }
  const url = siteUrl(bundle.site, page.url)
  flow.struct('P', () =>
    flow.paragraph(
      [
        {kind: 'text', text: messages.online, marks: {italic: true}},
        {kind: 'text', text: printedUrl(url), marks: {mono: true}, url: true, link: url}
      ],
      bodyStyle(flow, {size: 8.5, hyphenate: false})
    )
  )
  blocks(page.tree.children, flow)
  abbreviationList(flow)

  const spec: PageSpec = {top: frame.top, bottom: () => frame.bottom, notesHeight: (notes) => flow.footnotes.height(notes)}
  const {pages} = paginateWell(flow.items, spec)
  const title = fill(messages.documentTitle, {page: page.title, site: bundle.site.name})
  drawPages(pages, {...document, frame, footnotes: flow.footnotes, bottom: spec.bottom, foot: () => null, title, furnitureSize: 7.875, pageNumber: messages.pageNumber})
  return {pdf: await document.finish(), warnings: canvas.warnings}
}

/**
 * The abbreviations the handout used, with their meanings, once at its end: a reader on paper
 * cannot hover an abbreviation, and a glossary appended to every page would list far more than
 * the page says. After a rule, like footnotes, so it needs no heading in any language.
 */
function abbreviationList(flow: Flow): void {
  if (flow.abbreviations.size === 0) return
  const children = [...flow.abbreviations].flatMap(([abbreviation, meaning]): DefList['children'] => [
    {type: 'defListTerm', children: [{type: 'text', value: abbreviation}]},
    {type: 'defListDescription', spread: false, children: [{type: 'paragraph', children: [{type: 'text', value: meaning}]}]}
  ])
  blocks([{type: 'thematicBreak'}, {type: 'defList', children}], flow)
}
