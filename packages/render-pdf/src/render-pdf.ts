import {handoutFile, leafletFile, type SiteBundle} from '@samizdat/model'
import {writeFileIn} from '@samizdat/output'
import {renderHandout} from './handout.js'
import {renderLeaflet} from './leaflet.js'
import {resolveOptions, type RenderPdfOptions} from './options.js'

/** What {@link renderPdf} wrote. */
export interface RenderPdfResult {
  /** Paths relative to the output folder, sorted. */
  files: string[]
  /** Problems worth a look (a character no font has), each once. */
  warnings: string[]
}

/**
 * Write a leaflet per recommendation (`signal.pdf`) and a handout per page
 * (`pages/recommendations-messengers.pdf`) into `outDir`, which the caller provides empty.
 */
export async function renderPdf(bundle: SiteBundle, outDir: string, options: RenderPdfOptions = {}): Promise<RenderPdfResult> {
  const resolved = resolveOptions(options)
  const files: string[] = []
  const warnings = new Set<string>()
  for (const recommendation of bundle.recommendations) {
    const {pdf, warnings: found} = await renderLeaflet(bundle, recommendation, resolved)
    const file = leafletFile(recommendation)
    await writeFileIn(outDir, file, pdf)
    files.push(file)
    for (const warning of found) warnings.add(`${file}: ${warning}`)
  }
  for (const page of bundle.pages) {
    const {pdf, warnings: found} = await renderHandout(bundle, page, resolved)
    const file = handoutFile(page)
    await writeFileIn(outDir, file, pdf)
    files.push(file)
    for (const warning of found) warnings.add(`${file}: ${warning}`)
  }
  return {files: files.sort(), warnings: [...warnings]}
}
