import type {OutputUnit, RenderResult, SiteBundle} from '@samizdat/model'
import type {BuildSettings} from './context.js'
import {buildSearchIndex} from './search-index.js'
import {planSite, type PlannedUnit} from './site-plan.js'
import type {RenderHtmlOptions} from './types.js'
import {writeQueue} from './write-queue.js'

/**
 * Write the static site for `bundle` into the empty folder `outDir`: a page per Markdown
 * page and per recommendation (pretty URLs), a 404 page, `sitemap.xml`, the pages'
 * assets, the stylesheet, scripts and fonts, and the Pagefind search index. With
 * `options.only`, only the selected pages and recommendations and the site-wide files.
 */
export async function renderHtml(bundle: SiteBundle, outDir: string, options: RenderHtmlOptions = {}): Promise<RenderResult> {
  const settings: BuildSettings = {
    cardFiles: new Set(options.cardFiles ?? []),
    leafletFiles: new Set(options.leafletFiles ?? [])
  }
  const search = options.search ?? true
  const {only} = options
  const selected = ({kind, id}: PlannedUnit) =>
    only === undefined || kind === 'site' || (kind === 'page' ? only.pages : only.recommendations).has(id)

  const units: OutputUnit[] = []
  const queue = writeQueue(outDir)
  try {
    for (const unit of planSite(bundle, settings, search).filter(selected)) {
      for (const file of unit.files) await queue.add(file.path, await file.content())
      units.push({kind: unit.kind, id: unit.id, files: unit.files.map((file) => file.path).sort()})
    }
  } finally {
    // Every write has ended before this call does, even when one failed.
    await queue.done()
  }
  // The index covers the whole site: with `only`, the pages kept from the previous build are
  // not here yet, so the caller builds it afterwards.
  if (options.searchIndex ?? (search && only === undefined)) {
    units.push({kind: 'site', id: 'search-index', files: await buildSearchIndex(outDir)})
  }
  return {files: units.flatMap((unit) => unit.files).sort(), units}
}
