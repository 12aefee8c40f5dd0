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
 * Where a recommendation's QR codes and printed addresses lead: its homepage and other buttons
 * to its own sites, its page in this guide and any of the guide's instructions that exist (large
 * codes); its downloads (small codes, grouped by platform, else by store); its icon links
 * (privacy policy, documentation, source code...) as printed addresses. A link to a missing page
 * would lead nowhere, so it is left out.
 */
export function recommendationTargets(bundle: Pick<SiteBundle, 'site'>, recommendation: Recommendation): Target[] {
  const targets: Target[] = []
  const add = (target: Target) => {
    // A phone can only open web addresses; `mailto:` or worse has no place in a QR code.
    if (/^https?:\/\//i.test(target.url) && !targets.some((other) => other.url === target.url)) targets.push(target)
  }
  const usable = recommendation.links.filter((link) => link.exists)
  const homepage = usable.find((link) => link.external && link.href === recommendation.homepage)
  if (homepage) add({label: homepage.label, url: siteUrl(bundle.site, homepage.href), role: 'main'})
  for (const link of usable) if (link.external && link.style === 'button') add({label: link.label, url: siteUrl(bundle.site, link.href), role: 'main'})
  add({label: siteMessages(bundle).inOurGuide, url: siteUrl(bundle.site, recommendation.url), role: 'main'})
  for (const link of usable) if (!link.external) add({label: link.label, url: siteUrl(bundle.site, link.href), role: 'main'})
  for (const download of recommendation.downloads) {
    add({label: download.label, url: siteUrl(bundle.site, download.href), role: 'download', group: download.platform ?? download.label})
  }
  for (const link of usable) if (link.external) add({label: link.label, url: siteUrl(bundle.site, link.href), role: 'link'})
  return targets
}
