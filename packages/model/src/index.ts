import type {LoadSiteOptions} from './load-site.js'
import type {SiteBundle} from './types.js'

export type {LoadSiteOptions} from './load-site.js'
export {readBundle, writeBundle} from './bundle-io.js'
export {diagnostic, formatDiagnostic, compareDiagnostics, hasFailures} from './diagnostic.js'
export {isRecommendation, recommendationKinds} from './recommendation-kinds.js'
export {cardSizes, recommendationCardFile, pageCardFile, leafletFile, handoutFile, type CardSize} from './paths.js'
export * from './types.js'

/**
 * Load a content folder into a site bundle (see `load-site.ts`). The parser is imported on
 * the first call, not with this module: renderers import this package for the bundle's
 * types and file names and must never load remark-parse.
 */
export async function loadSite(dir: string, options: LoadSiteOptions = {}): Promise<SiteBundle> {
  const {loadSite: load} = await import('./load.js')
  return load(dir, options)
}
export {loadConfig, type ProjectConfig} from './load-config.js'
export {slugifier, slugifyFromConfig, uniqueId, defaultSlugify, unicodeSlugify, type Slugify, type SlugifySpec} from './slugify.js'
