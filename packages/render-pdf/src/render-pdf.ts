import {handoutFile, leafletFile, type OutputUnit, type RenderResult, type SiteBundle} from '@samizdat/model'
import {writeFileIn} from '@samizdat/output'
import {renderHandout} from './handout.js'
import {renderLeaflet} from './leaflet.js'
import {resolveOptions, type RenderPdfOptions} from './options.js'

/** What {@link renderPdf} wrote: every file, sorted, and by unit (a leaflet is its recommendation's, a handout its page's). */
export interface RenderPdfResult extends RenderResult {
  /** Problems worth a look (a character no font has), each once. */
  warnings: string[]
}

/**
 * Write a leaflet per recommendation (`signal.pdf`) and a handout per page
 * (`pages/recommendations-messengers.pdf`) into `outDir`, which the caller provides empty;
 * with `options.only`, just those recommendations' leaflets and pages' handouts.
 */
export async function renderPdf(bundle: SiteBundle, outDir: string, options: RenderPdfOptions = {}): Promise<RenderPdfResult> {
  const resolved = resolveOptions(options)
  const files: string[] = []
  const units: OutputUnit[] = []
  const warnings = new Set<string>()
  const {only} = options
  const write = async (unit: Omit<OutputUnit, 'files'>, file: string, made: {pdf: Buffer; warnings: string[]}) => {
    await writeFileIn(outDir, file, made.pdf)
    files.push(file)
    units.push({...unit, files: [file]})
    for (const warning of made.warnings) warnings.add(`${file}: ${warning}`)
  }
  for (const recommendation of bundle.recommendations) {
    if (only && !only.recommendations.has(recommendation.slug)) continue
    await write({kind: 'recommendation', id: recommendation.slug}, leafletFile(recommendation), await renderLeaflet(bundle, recommendation, resolved))
  }
  for (const page of bundle.pages) {
    if (only && !only.pages.has(page.source)) continue
    await write({kind: 'page', id: page.source}, handoutFile(page), await renderHandout(bundle, page, resolved))
  }
  return {files: files.sort(), units, warnings: [...warnings]}
}
