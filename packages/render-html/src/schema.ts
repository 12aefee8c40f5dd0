import type {Schema} from 'hast-util-sanitize'
import {defaultSchema} from 'hast-util-sanitize'

// Class names are single words of letters, digits, `_` and `-` (admonition kinds come
// from content, so the pattern, not a list, is the limit).
const className = ['className', /^[\w-]+$/] as [string, RegExp]
const svgLength = /^\d+(?:\.\d+)?$/
const hexColor = /^#[0-9a-f]{6}$/i
const pagefind = ['dataPagefindBody', 'dataPagefindIgnore', 'dataPagefindMeta'] as const

/**
 * The sanitizer's allow-list: GitHub's (`defaultSchema`) plus what our markup needs:
 * Material for MkDocs classes, `<details open>`, the page's landmarks, and inline SVG
 * icons limited to `svg`/`path`/`rect`/`text` with geometry and colour attributes only.
 * Everything else (`on*`, `style`, `javascript:`/`data:` URLs, `<script>`, raw HTML)
 * is removed. Ids are kept as written (no `user-content-` prefix) so heading anchors
 * and links to them agree; our scripts never read globals an id could shadow.
 */
// GitHub's schema lets `a`, `ul`, `ol`, `li`, `h2` and `section` carry one fixed class each;
// a tag's own definition would shadow ours for `*`, so those are dropped (ours covers them).
const withoutClassName = Object.fromEntries(
  Object.entries(defaultSchema.attributes ?? {}).map(([tag, definitions]) => [
    tag,
    tag === 'code' ? definitions : definitions.filter((d) => !(Array.isArray(d) && d[0] === 'className'))
  ])
)

export const schema: Schema = {
  ...defaultSchema,
  clobber: [],
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'article', 'aside', 'figure', 'figcaption', 'footer', 'header', 'main', 'nav', 'mark', 'small',
    'svg', 'path', 'rect', 'text',
    // Content tabs (radio inputs and their labels), annotations (a button opening a popover), abbreviations.
    'label', 'button', 'abbr'
  ],
  attributes: {
    ...withoutClassName,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), className, 'ariaLabel', 'ariaHidden', 'ariaCurrent', 'role', ...pagefind],
    a: [...(withoutClassName['a'] ?? []), ['rel', 'noopener', 'noreferrer']],
    img: [...(withoutClassName['img'] ?? []), ['loading', 'lazy', 'eager'], ['decoding', 'async']],
    details: ['open'],
    input: [['disabled', true], ['type', 'checkbox', 'radio'], 'checked', ['name', /^__tabbed_\d+$/]],
    button: [['type', 'button'], ['popoverTarget', /^__annotation_\d+_\d+$/]],
    div: [['popover', 'auto']],
    svg: [['viewBox', /^[\d\s.-]+$/], ['focusable', 'false'], ['width', svgLength], ['height', svgLength]],
    path: [['d', /^[\d\s.,eE+MmLlHhVvCcSsQqTtAaZz-]+$/]],
    rect: [['width', svgLength], ['height', svgLength], ['rx', svgLength], ['fill', hexColor]],
    text: [['x', svgLength], ['y', svgLength], ['textAnchor', 'middle'], ['fontSize', svgLength], ['fontWeight', 'bold'], ['fill', hexColor]]
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    // Pictures are the site's own files: relative URLs only (no protocol, so no `data:`).
    src: []
  },
  required: {}
}
