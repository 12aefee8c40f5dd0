import {handoutFile, leafletFile, type OutputUnit, type RenderResult, type SiteBundle} from '@samizdat/model'
import {writeFileIn} from '@samizdat/output'
import type {DrawnBox} from './canvas.js'
import {poolSize, renderJobs, type PdfJob} from './pdf-pool.js'
import {resolveOptions, type RenderPdfOptions} from './options.js'

/** What {@link renderPdf} wrote: every file, sorted, and by unit (a leaflet is its recommendation's, a handout its page's). */
export interface RenderPdfResult extends RenderResult {
  /** Problems worth a look (a character no font has), each once. */
  warnings: string[]
  /** Worker threads that rendered beside this one (0: this thread did all). */
  workers: number
}

/**
 * Write a leaflet per recommendation (`signal.pdf`) and a handout per page
 * (`pages/recommendations-messengers.pdf`) into `outDir`, which the caller provides empty;
 * with `options.only`, just those recommendations' leaflets and pages' handouts. With enough
 * work, worker threads render beside this one; the files are the same either way.
 */
export async function renderPdf(bundle: SiteBundle, outDir: string, options: RenderPdfOptions = {}): Promise<RenderPdfResult> {
  const resolved = resolveOptions(options)
  const {only} = options
  const jobs: Array<Omit<PdfJob, 'id'>> = [
    ...bundle.recommendations.flatMap((recommendation, index) => (only && !only.recommendations.has(recommendation.slug) ? [] : [{kind: 'leaflet' as const, index}])),
    ...bundle.pages.flatMap((page, index) => (only && !only.pages.has(page.source) ? [] : [{kind: 'handout' as const, index}]))
  ]
  // Each PDF is written as soon as it is made; what the result lists is kept by job, so that it
  // comes out in job order whatever order the documents were made in.
  const made: Array<{file: string; unit: OutputUnit; warnings: string[]; boxes: DrawnBox[]}> = []
  const workers = poolSize(bundle, jobs, options.workers)
  await renderJobs(bundle, jobs, resolved, workers, async (job, {pdf, warnings, boxes}) => {
    const recommendation = job.kind === 'leaflet' ? bundle.recommendations[job.index] : undefined
    const page = job.kind === 'handout' ? bundle.pages[job.index] : undefined
    const file = recommendation ? leafletFile(recommendation) : handoutFile(page as NonNullable<typeof page>)
    await writeFileIn(outDir, file, pdf)
    const unit: OutputUnit = recommendation ? {kind: 'recommendation', id: recommendation.slug, files: [file]} : {kind: 'page', id: (page as NonNullable<typeof page>).source, files: [file]}
    made[job.id] = {file, unit, warnings, boxes}
  })
  const warnings = new Set<string>()
  for (const {file, warnings: found, boxes} of made) {
    for (const warning of found) warnings.add(`${file}: ${warning}`)
    for (const box of boxes) options.onDraw?.(file, box)
  }
  return {files: made.map(({file}) => file).sort(), units: made.map(({unit}) => unit), warnings: [...warnings], workers}
}
