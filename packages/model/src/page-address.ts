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

/** Make `keys` unique by numbering repeats (`a`, `a-2`), keeping the first as it is. */
export function uniqueKeys(keys: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return keys.map((key) => {
    const count = (seen.get(key) ?? 0) + 1
    seen.set(key, count)
    return count === 1 ? key : `${key}-${count}`
  })
}
