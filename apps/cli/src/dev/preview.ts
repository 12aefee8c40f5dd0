import {cardSizes, handoutFile, leafletFile, pageCardFile, recommendationCardFile, type Page, type SiteBundle} from '@samizdat/model'

/** A share card or leaflet of a page, by its site-root-relative URL. */
export interface PreviewFile {
  url: string
  label: string
}

/** What the dev panel shows for one page of the site: its cards and its leaflets. */
export interface Preview {
  /** The page (or recommendation) the URL belongs to. */
  page: {url: string; title: string; source: string}
  /** PNG share cards under `/cards/`. */
  cards: Array<PreviewFile & {width: number; height: number}>
  /** PDF leaflets and the page's handout under `/leaflets/`. */
  leaflets: PreviewFile[]
}

/**
 * The cards and leaflets of the page at `url` (`/recommendations/messengers/`, or a
 * recommendation's own page), named by the model's paths helpers and kept only when the
 * site holds the file (`siteFiles`: paths relative to the site folder). Null for an unknown URL.
 */
export function previewOf(bundle: SiteBundle, url: string, siteFiles: ReadonlySet<string>): Preview | null {
  const wanted = normaliseUrl(url)
  const bySlug = new Map(bundle.recommendations.map((r) => [r.slug, r]))
  const page = bundle.pages.find((p) => p.url === wanted)
  const recommendation = page === undefined ? bundle.recommendations.find((r) => r.url === wanted) : undefined
  const recommendations = page !== undefined ? page.recommendations.flatMap((slug) => bySlug.get(slug) ?? []) : recommendation !== undefined ? [recommendation] : []
  if (page === undefined && recommendation === undefined) return null

  const sizes = Object.entries(cardSizes) as Array<[keyof typeof cardSizes, {width: number; height: number}]>
  const cards = [
    ...(page === undefined ? [] : [{file: pageCardFile(page), label: `${page.title} (page, og)`, ...cardSizes.og}]),
    ...recommendations.flatMap((r) => sizes.map(([size, box]) => ({file: recommendationCardFile(r, size), label: `${r.name} (${size})`, ...box})))
  ]
  const leaflets = [
    ...(page === undefined ? [] : [{file: handoutFile(page), label: `${page.title} (handout)`}]),
    ...recommendations.map((r) => ({file: leafletFile(r), label: `${r.name} (leaflet)`}))
  ]
  const present = <T extends {file: string}>(folder: string, list: T[]) =>
    list.filter((item) => siteFiles.has(`${folder}/${item.file}`)).map(({file, ...rest}) => ({url: `/${folder}/${file}`, ...rest}))
  return {
    page: page !== undefined ? {url: page.url, title: page.title, source: page.source} : {url: recommendation!.url, title: recommendation!.name, source: recommendation!.page},
    cards: present('cards', cards),
    leaflets: present('leaflets', leaflets)
  }
}

/** The page whose Markdown is at this content-relative path (`docs/recommendations/messengers.md`), if any. */
export function pageOfFile(bundle: SiteBundle, file: string): Page | undefined {
  const docs = bundle.site.docsDir === '' ? '' : `${bundle.site.docsDir}/`
  return file.startsWith(docs) ? bundle.pages.find((p) => p.source === file.slice(docs.length)) : undefined
}

// `/x/index.html` and `/x` are the page `/x/`.
function normaliseUrl(url: string): string {
  const path = url.replace(/index\.html$/, '')
  return path.endsWith('/') ? path : `${path}/`
}
