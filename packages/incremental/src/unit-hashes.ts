import {createHash} from 'node:crypto'
import type {Nodes} from 'mdast'
import {visit} from 'unist-util-visit'
import type {Page, Recommendation, SiteBundle} from '@samizdat/model'

/** The key of a unit in a manifest: `page:index.md`, `recommendation:signal`. */
export type UnitKey = `page:${string}` | `recommendation:${string}`

/**
 * What a renderer reads of the bundle, when it is much less than {@link unitHashes} counts by
 * default (every page's whole tree, the navigation): a page's share card shows only the
 * page's title, description and icon, so a renderer of cards says so, and an edit of a
 * page's prose draws no card. A superset is always safe.
 */
export interface UnitReads {
  /** What every unit's files show of the site (default: the site config and the navigation). */
  site(bundle: SiteBundle): unknown
  /** What a page's files show of it (default: its tree, its recommendations, their icons and assets). */
  page(page: Page, bundle: SiteBundle): unknown
}

/**
 * A hash of everything each page and recommendation's outputs can depend on. Deliberately
 * generous (a page's HTML also depends on the navigation, so every page carries it): a
 * unit that re-renders needlessly costs time, one that does not when it should is a bug.
 * `common` holds what every unit depends on besides the bundle: the renderer's code
 * fingerprint and its options; `reads` narrows it to what the renderer really shows.
 */
export function unitHashes(bundle: SiteBundle, common: unknown, reads?: UnitReads): Map<UnitKey, string> {
  const shared = JSON.stringify([common, reads === undefined ? [bundle.site, bundle.nav] : reads.site(bundle)])
  const hashes = new Map<UnitKey, string>()
  const bySlug = new Map(bundle.recommendations.map((r) => [r.slug, r]))
  for (const page of bundle.pages) {
    const recommendations = page.recommendations.map((slug) => bySlug.get(slug))
    hashes.set(`page:${page.source}`, hash(shared, reads === undefined ? pageDigest(bundle, page, recommendations) : reads.page(page, bundle)))
  }
  const pages = new Map(bundle.pages.map((p) => [p.source, p]))
  for (const recommendation of bundle.recommendations) {
    const page = pages.get(recommendation.page)
    const context = page === undefined ? null : {url: page.url, title: page.title, key: page.key}
    // Without source positions: an edit above a card shifts them, yet nothing a recommendation's
    // own outputs show depends on them (pages, which do use them, hash their whole tree).
    const withoutPositions = JSON.stringify(recommendation, (key, value: unknown) => (key === 'position' ? undefined : value))
    hashes.set(`recommendation:${recommendation.slug}`, hash(shared, withoutPositions, context, used(bundle, recommendationNodes(recommendation), [recommendation])))
  }
  return hashes
}

// Each renderer of a build hashes the same pages: serialising a page's tree (the costly part)
// is done once per page of a bundle, not once per renderer.
const pageDigests = new WeakMap<SiteBundle, Map<Page, string>>()

// A hash of a page, its recommendations and the icons and assets they use.
function pageDigest(bundle: SiteBundle, page: Page, recommendations: Array<Recommendation | undefined>): string {
  let digests = pageDigests.get(bundle)
  if (digests === undefined) pageDigests.set(bundle, (digests = new Map()))
  let digest = digests.get(page)
  if (digest === undefined) {
    const uses = used(bundle, [page.tree, ...recommendations.flatMap((r) => (r === undefined ? [] : recommendationNodes(r)))], recommendations, page.icon)
    digest = hash(page, recommendations, uses)
    digests.set(page, digest)
  }
  return digest
}

/**
 * A hash of everything an output can depend on: `common`, every unit's hash and the bundle
 * itself (pages by their digest, assets by their sha256): equal hashes mean nothing to render.
 */
export function wholeHash(bundle: SiteBundle, common: unknown, units: ReadonlyMap<UnitKey, string>): string {
  const {pages, assets, diagnostics: _, ...rest} = bundle
  const bySlug = new Map(bundle.recommendations.map((r) => [r.slug, r]))
  return hash(
    common,
    [...units].sort(([a], [b]) => (a < b ? -1 : 1)),
    rest,
    pages.map((page) => pageDigest(bundle, page, page.recommendations.map((slug) => bySlug.get(slug)))),
    Object.values(assets).map(({data: _data, ...asset}) => asset)
  )
}

function recommendationNodes(r: Recommendation): Nodes[] {
  return [...r.summary, ...r.details] as Nodes[]
}

// The icons and assets a unit uses, by content, so that replacing a logo file re-renders its cards.
function used(bundle: SiteBundle, trees: Nodes[], recommendations: Array<Recommendation | undefined>, pageIcon: string | null = null) {
  // The front matter's icon is drawn too (page cards), though it is not in the tree.
  const icons = new Set<string>(pageIcon === null ? [] : [pageIcon])
  const assets = new Set<string>()
  for (const tree of trees) {
    visit(tree, (node) => {
      if (node.type === 'icon') icons.add(node.name)
      if ((node.type === 'image' || node.type === 'link' || node.type === 'definition') && node.data?.resolved?.asset !== undefined) assets.add(node.data.resolved.asset)
    })
  }
  for (const r of recommendations) {
    if (r === undefined) continue
    for (const p of r.platforms) if (p.icon !== null) icons.add(p.icon)
    for (const l of r.links) if (l.icon !== null) icons.add(l.icon)
    for (const d of r.downloads) if (d.icon !== null) icons.add(d.icon)
    if (r.logo.light !== null) assets.add(r.logo.light)
    if (r.logo.dark !== null) assets.add(r.logo.dark)
  }
  return {
    icons: [...icons].sort().map((name) => [name, bundle.icons[name] ?? null]),
    assets: [...assets].sort().map((key) => [key, bundle.assets[key]?.sha256 ?? null])
  }
}

/** sha256 of the parts, each as JSON (strings as they are), separated. */
export function hash(...parts: unknown[]): string {
  const h = createHash('sha256')
  for (const part of parts) h.update(typeof part === 'string' ? part : JSON.stringify(part) ?? 'undefined').update('\u0000')
  return h.digest('hex')
}

