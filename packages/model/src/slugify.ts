import {isPythonTag} from './yaml-config.js'

/**
 * How heading (or tab) text becomes an id, as an MkDocs project configures it. Plain data,
 * so it travels in the bundle: `toc` is Python-Markdown's own slugify (`unicode` keeps
 * non-ASCII letters, as `slugify_unicode` does); `pymdownx` is `pymdownx.slugs.slugify`.
 */
export type SlugifySpec =
  | {kind: 'toc'; unicode: boolean}
  | {kind: 'pymdownx'; case: 'none' | 'lower' | 'lower-ascii' | 'fold'; percentEncode: boolean; normalize: 'NFC' | 'NFD' | 'NFKC' | 'NFKD'}

/** A slug function: text and separator in, id out (before duplicates are numbered). */
export type Slugify = (text: string, separator: string) => string

/** Python-Markdown's default (`markdown.extensions.toc.slugify`). */
export const defaultSlugify: SlugifySpec = {kind: 'toc', unicode: false}

/** `pymdownx.slugs.slugify(case='lower')`: the slug Material recommends for text in any script (`#шифрование`). */
export const unicodeSlugify: SlugifySpec = {kind: 'pymdownx', case: 'lower', percentEncode: false, normalize: 'NFC'}

// Python's `\w` on str patterns: letters, digits and numerals of any script, and `_`.
// `\s` on str patterns: Python's str.isspace() characters.
const pyWhitespace = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'
const notWordSpaceDash = new RegExp(`[^\\p{L}\\p{N}_${pyWhitespace}-]`, 'gu')
const notWordDashSpace = /[^\p{L}\p{N}_\- ]/gu
const htmlTags = /<\/?[^>]*>/gu
const asciiUpper = /[A-Z]/g
const edgeWhitespace = new RegExp(`^[${pyWhitespace}]+|[${pyWhitespace}]+$`, 'gu')

/** The slug function a {@link SlugifySpec} describes, exactly as the Python code behaves. */
export function slugifier(spec: SlugifySpec): Slugify {
  if (spec.kind === 'toc') {
    return (text, separator) => {
      // `žlutý` → `zluty`: decompose, then drop what is not ASCII (unless unicode).
      let value = spec.unicode ? text : text.normalize('NFKD').replace(/[^\x00-\x7f]/g, '')
      value = value.replace(notWordSpaceDash, '').replace(edgeWhitespace, '').toLowerCase()
      return value.replace(new RegExp(`[${escapeClass(separator)}${pyWhitespace}]+`, 'gu'), separator)
    }
  }
  return (text, separator) => {
    let slug = text.normalize(spec.normalize).replace(htmlTags, '').replace(edgeWhitespace, '')
    if (spec.case === 'lower') slug = slug.toLowerCase()
    else if (spec.case === 'lower-ascii') slug = slug.replace(asciiUpper, (c) => c.toLowerCase())
    // Python's casefold(): lower case, with the few letters whose fold differs (ß → ss) folded too.
    else if (spec.case === 'fold') slug = slug.toUpperCase().toLowerCase()
    slug = slug.replace(notWordDashSpace, '').replaceAll(' ', separator)
    return spec.percentEncode ? encodeURIComponent(slug) : slug
  }
}

// The deprecated names still found in many configs, as `pymdownx.slugs` defines them.
const pymdownxNames: Record<string, Omit<Extract<SlugifySpec, {kind: 'pymdownx'}>, 'kind' | 'normalize'>> = {
  uslugify: {case: 'lower', percentEncode: false},
  uslugify_encoded: {case: 'lower', percentEncode: true},
  uslugify_cased: {case: 'none', percentEncode: false},
  uslugify_cased_encoded: {case: 'none', percentEncode: true},
  gfm: {case: 'lower-ascii', percentEncode: false},
  gfm_encoded: {case: 'lower-ascii', percentEncode: true}
}

/**
 * The {@link SlugifySpec} a config value names: `!!python/name:markdown.extensions.toc.slugify_unicode`,
 * `!!python/name:pymdownx.slugs.uslugify`, `!!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}`.
 * `null` for a function we do not know (the caller says so and uses the default).
 */
export function slugifyFromConfig(value: unknown): SlugifySpec | null {
  if (!isPythonTag(value)) return null
  const name = value.name.replace(/^markdown\.extensions\.toc\./, 'toc.').replace(/^pymdownx\.slugs\./, 'slugs.')
  if (value.python === 'name') {
    if (name === 'toc.slugify') return {kind: 'toc', unicode: false}
    if (name === 'toc.slugify_unicode') return {kind: 'toc', unicode: true}
    const known = pymdownxNames[name.replace(/^slugs\./, '')]
    if (name.startsWith('slugs.') && known) return {kind: 'pymdownx', ...known, normalize: 'NFC'}
    return null
  }
  if (value.python === 'object/apply' && name === 'slugs.slugify') {
    const {kwds} = value
    const kase = kwds['case'] ?? 'none'
    const normalize = kwds['normalize'] ?? 'NFC'
    if (!['none', 'lower', 'lower-ascii', 'fold'].includes(String(kase)) || !['NFC', 'NFD', 'NFKC', 'NFKD'].includes(String(normalize))) return null
    return {kind: 'pymdownx', case: kase as 'none', percentEncode: kwds['percent_encode'] === true, normalize: normalize as 'NFC'}
  }
  return null
}

/**
 * Python-Markdown's `unique()`: `id` if unused, else the next free `id_1`, `id_2`, ...
 * (an id already ending in `_N` counts on from N), and an empty id becomes `_1`. Adds the
 * result to `used`.
 */
export function uniqueId(id: string, used: Set<string>): string {
  let candidate = id
  while (candidate === '' || used.has(candidate)) {
    const numbered = /^(.*)_([0-9]+)$/s.exec(candidate)
    candidate = numbered ? `${numbered[1]}_${Number(numbered[2]) + 1}` : `${candidate}_1`
  }
  used.add(candidate)
  return candidate
}

function escapeClass(text: string): string {
  return text.replace(/[\\\]^-]/g, '\\$&')
}

