import type {Schema} from 'hast-util-sanitize'
import {defaultSchema} from 'hast-util-sanitize'

// Class names are single words of letters, digits, `_` and `-` (admonition kinds come
// from content, so the pattern, not a list, is the limit).
const className = ['className', /^[\w-]+$/] as [string, RegExp]
const svgLength = /^\d+(?:\.\d+)?$/
const hexColor = /^#[0-9a-f]{6}$/i
const pagefind = ['dataPagefindBody', 'dataPagefindIgnore', 'dataPagefindMeta'] as const
const number = /^-?\d+(?:\.\d+)?$/
// `matrix(a b c d e f)`: numbers only, as emoji pictures carry them.
const matrix = /^matrix\((?:\s*-?[\d.]+(?:e-?\d+)?){6}\s*\)$/
// The link types an attribute list may set (the dialect's allow-list) plus the two we add to external links.
const relTokens = ['alternate', 'author', 'bookmark', 'external', 'help', 'license', 'me', 'next', 'nofollow', 'noopener', 'noreferrer', 'prev', 'search', 'sponsored', 'tag', 'ugc']

// MathML as Temml writes it. No attribute takes a URL (`href` is not allowed), so values need no pattern.
const mathTags = [
  'math', 'semantics', 'annotation', 'mrow', 'mi', 'mo', 'mn', 'ms', 'mtext', 'mspace', 'msup', 'msub', 'msubsup',
  'mfrac', 'msqrt', 'mroot', 'munder', 'mover', 'munderover', 'mtable', 'mtr', 'mtd', 'mlabeledtr', 'mstyle',
  'mpadded', 'mphantom', 'menclose', 'merror', 'mmultiscripts', 'mprescripts', 'none'
]
const mathAttributes = [
  'display', 'mathvariant', 'stretchy', 'fence', 'separator', 'form', 'lspace', 'rspace', 'movablelimits', 'largeop',
  'symmetric', 'minsize', 'maxsize', 'accent', 'accentunder', 'width', 'height', 'depth', 'voffset', 'columnalign',
  'rowalign', 'columnspacing', 'rowspacing', 'columnlines', 'rowlines', 'frame', 'framespacing', 'displaystyle',
  'scriptlevel', 'linethickness', 'notation', 'encoding', 'mathcolor', 'mathbackground', 'columnspan', 'rowspan',
  'side', 'dir'
]

/**
 * The sanitizer's allow-list: GitHub's (`defaultSchema`) plus what our markup and the raw HTML
 * that real pages use need: Material for MkDocs classes, `<details open>`, the page's landmarks,
 * `figure`, `abbr`, `mark`, `small`, `u`, `video`/`audio` of the site's own files, `data-*`
 * attributes, `lang`/`dir`, checked `rel`/`target`, content tabs' radio inputs and labels,
 * annotations' buttons and popovers, inline SVG icons and emoji limited to `svg`/`path`/`rect`/`text`
 * with geometry and colour attributes only, the line numbers of code, and MathML with
 * presentation attributes (no `href`, no `style`). Everything else (`on*`, `style`,
 * `javascript:`/`data:` URLs, `<script>`, `<style>`, `<iframe>`, forms) is removed, scripts,
 * styles and frames with their content. Ids are kept as written (no `user-content-` prefix) so
 * heading anchors and links to them agree; our scripts never read globals an id could shadow.
 */
// GitHub's schema lets `a`, `ul`, `ol`, `li`, `h2`, `section` and `code` carry one fixed class each;
// a tag's own definition would shadow ours for `*`, so those are dropped (ours covers them).
const withoutClassName = Object.fromEntries(
  Object.entries(defaultSchema.attributes ?? {}).map(([tag, definitions]) => [
    tag,
    definitions.filter((d) => !(Array.isArray(d) && d[0] === 'className'))
  ])
)

export const schema: Schema = {
  ...defaultSchema,
  clobber: [],
  // Removed with their content, so no script, style sheet or frame source shows up as text.
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'textarea', 'select', 'object', 'embed', 'title'],
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'article', 'aside', 'figure', 'figcaption', 'footer', 'header', 'main', 'nav', 'mark', 'small',
    'abbr', 'u', 'cite', 'dfn', 'time', 'wbr', 'bdi', 'bdo', 'caption', 'colgroup', 'col',
    'video', 'audio', 'track',
    'svg', 'path', 'rect', 'text',
    // Content tabs (radio inputs and their labels), annotations (a button opening a popover).
    'label', 'button',
    ...mathTags
  ],
  attributes: {
    ...withoutClassName,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), className, 'ariaLabel', 'ariaHidden', 'ariaCurrent', 'role', ...pagefind, 'data*'],
    a: [...(withoutClassName['a'] ?? []), ['rel', ...relTokens], ['target', '_blank', '_self', '_parent', '_top']],
    img: [...(withoutClassName['img'] ?? []), ['loading', 'lazy', 'eager'], ['decoding', 'async']],
    details: ['open'],
    video: ['src', 'poster', ['controls', true], 'loop', 'muted', 'playsInline', ['preload', 'none', 'metadata', 'auto']],
    audio: ['src', ['controls', true], 'loop', 'muted', ['preload', 'none', 'metadata', 'auto']],
    source: ['src', 'type', 'media', 'srcSet', 'sizes'],
    track: ['src', ['kind', 'subtitles', 'captions', 'descriptions', 'chapters'], 'srcLang', 'label', 'default'],
    ol: ['start', 'reversed', 'type'],
    time: ['dateTime'],
    input: [['disabled', true], ['type', 'checkbox', 'radio'], 'checked', ['name', /^__tabbed_\d+$/]],
    button: [['type', 'button'], ['popoverTarget', /^__annotation_\d+_\d+$/]],
    div: [['popover', 'auto']],
    svg: [['viewBox', /^[\d\s.-]+$/], ['focusable', 'false'], ['width', svgLength], ['height', svgLength]],
    path: [['d', /^[\d\s.,eE+MmLlHhVvCcSsQqTtAaZz-]+$/], ['fill', hexColor], ['fillRule', 'evenodd'], ['opacity', number], ['transform', matrix]],
    span: [...(withoutClassName['span'] ?? []), ['dataLinenos', /^\d+ $/]],
    ...Object.fromEntries(mathTags.map((tag) => [tag, mathAttributes])),
    rect: [['width', svgLength], ['height', svgLength], ['rx', svgLength], ['fill', hexColor]],
    text: [['x', svgLength], ['y', svgLength], ['textAnchor', 'middle'], ['fontSize', svgLength], ['fontWeight', 'bold'], ['fill', hexColor]]
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    // Pictures and media are the site's own files: relative URLs only (no protocol, so no `data:`).
    src: [],
    poster: [],
    srcSet: []
  },
  required: {}
}
