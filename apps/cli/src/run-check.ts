import {isCompleteRecommendation, type Recommendation} from '@samizdat/model'
import type {Io} from './io.js'
import {loadChecked} from './load.js'
import {cardsSummary, summarise} from './report.js'

/** `samizdat check`: report the content's problems; exit 1 when it fails. */
export async function runCheck(options: {dir: string | undefined; strict: boolean; format: 'text' | 'json'; siteUrl: string | undefined}, io: Io): Promise<number> {
  const {bundle, ok} = await loadChecked({...options, quiet: options.format === 'json'}, io)
  if (options.format === 'json') {
    const report = {
      ok,
      pages: bundle.pages.length,
      cards: {total: bundle.recommendations.length, complete: bundle.recommendations.filter(isCompleteRecommendation).length},
      recommendations: bundle.recommendations.map(recommendationReport),
      diagnostics: bundle.diagnostics
    }
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  } else {
    io.stdout.write(`${summarise(bundle)}\n`)
    if (bundle.recommendations.length > 0) io.stdout.write(`${cardsSummary(bundle)}\n`)
  }
  return ok ? 0 : 1
}

/** A recommendation as `check --format json` lists it: the model's fields, without the syntax trees. */
function recommendationReport(r: Recommendation) {
  return {
    slug: r.slug,
    name: r.name,
    page: r.page,
    line: r.position.start.line,
    column: r.position.start.column,
    url: r.url,
    anchor: r.anchor,
    complete: isCompleteRecommendation(r),
    logo: r.logo,
    summary: r.summaryText,
    homepage: r.homepage,
    links: r.links,
    downloads: r.downloads,
    platforms: r.platforms,
    details: r.detailsText
  }
}
