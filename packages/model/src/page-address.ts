import slugify from '@sindresorhus/slugify'

/**
 * The URL of a docs-relative page: `a/b.md` → `/a/b/`, `a/index.md` → `/a/`, `index.md` → `/`.
 * With `directoryUrls` off (MkDocs' `use_directory_urls: false`): `/a/b.html`, `/a/index.html`;
 * the home page stays `/` (it is `index.html` either way).
 */
export function pageUrl(source: string, directoryUrls = true): string {
  const parts = source.replace(/\.md$/i, '').split('/')
  const last = parts[parts.length - 1]?.toLowerCase()
  const index = last === 'index' || last === 'readme'
  if (index) parts.pop()
  if (parts.length === 0) return '/'
  const encoded = `/${parts.map(encodeURIComponent).join('/')}`
  if (directoryUrls) return `${encoded}/`
  return index ? `${encoded}/index.html` : `${encoded}.html`
}

/** The URL of a recommendation's own page, beside or under its page's: `/a/b/signal/` or `/a/b/signal.html`. */
export function recommendationUrl(pageUrl: string, slug: string, directoryUrls = true): string {
  if (directoryUrls) return `${pageUrl}${slug}/`
  return `${pageUrl.replace(/(?:\/index)?\.html$/, '').replace(/\/$/, '')}/${slug}.html`
}

/** A readable ASCII key for file names: `/рекомендации/мессенджеры/` → `rekomendacii-messendzhery`. */
export function pageKeyFromUrl(url: string): string {
  const path = decodeURIComponent(url).replace(/(?:\/index)?\.html$/, '').replace(/^\/+|\/+$/g, '')
  if (path === '') return 'index'
  return slugify(path.split('/').join(' ')) || 'page'
}

/** Make `keys` unique by numbering repeats (`a`, `a-2`), keeping the first as it is and never taking a key that is already used. */
export function uniqueKeys(keys: readonly string[]): string[] {
  const taken = new Set(keys)
  const seen = new Set<string>()
  // Where the search for each key's next free number resumes: 10,000 equal keys stay linear.
  const next = new Map<string, number>()
  return keys.map((key) => {
    if (!seen.has(key)) {
      seen.add(key)
      return key
    }
    let n = next.get(key) ?? 2
    while (taken.has(`${key}-${n}`)) n++
    next.set(key, n + 1)
    const unique = `${key}-${n}`
    taken.add(unique)
    seen.add(unique)
    return unique
  })
}
