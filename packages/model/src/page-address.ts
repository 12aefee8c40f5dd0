import slugify from '@sindresorhus/slugify'

/** The pretty URL of a docs-relative page: `a/b.md` → `/a/b/`, `a/index.md` → `/a/`, `index.md` → `/`. */
export function pageUrl(source: string): string {
  const parts = source.replace(/\.md$/i, '').split('/')
  const last = parts[parts.length - 1]?.toLowerCase()
  if (last === 'index' || last === 'readme') parts.pop()
  return parts.length === 0 ? '/' : `/${parts.map(encodeURIComponent).join('/')}/`
}

/** A readable ASCII key for file names: `/рекомендации/мессенджеры/` → `rekomendacii-messendzhery`. */
export function pageKeyFromUrl(url: string): string {
  const path = decodeURIComponent(url).replace(/^\/+|\/+$/g, '')
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
