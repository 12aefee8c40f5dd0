import type {Recommendation, SiteBundle} from '@samizdat/model'
import {siteMessages} from './site-messages.js'
import {siteUrl} from './url.js'

/** Somewhere a printed QR code or address leads. */
export interface Target {
  label: string
  /** Absolute, as the QR code carries it. */
  url: string
  /**
   * How it prints: `main` (default) as a large code with its label and address (the product's
   * site, its page in the guide, the guide's instructions); `download` as a smaller code
   * captioned with its store or platform; `link` as a printed address only (privacy policy,
   * documentation, source code…).
   */
  role?: 'main' | 'download' | 'link'
  /** Downloads with the same group (a store, a platform) stay together: all as codes, or all as addresses. */
  group?: string
}

/**
 * Where a recommendation's QR codes lead: its official site(s), its page in this guide, and any
 * of the guide's instructions that exist (a link to a missing page would lead nowhere).
 */
export function recommendationTargets(bundle: Pick<SiteBundle, 'site'>, recommendation: Recommendation): Target[] {
  const targets: Target[] = []
  const add = (label: string, url: string) => {
    if (!targets.some((target) => target.url === url)) targets.push({label, url, role: 'main'})
  }
  for (const link of recommendation.links) if (link.kind === 'official' && link.exists) add(link.label, siteUrl(bundle.site, link.href))
  add(siteMessages(bundle).inOurGuide, siteUrl(bundle.site, recommendation.url))
  for (const link of recommendation.links) if (link.kind === 'guide' && link.exists) add(link.label, siteUrl(bundle.site, link.href))
  return targets
}
