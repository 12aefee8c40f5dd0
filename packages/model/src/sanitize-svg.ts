import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {sanitize, type Schema} from 'hast-util-sanitize'
import {toHtml} from 'hast-util-to-html'
import {visit} from '@samizdat/mkdocs-markdown/visit'

// Drawing elements only: no script, no foreignObject (HTML inside SVG), no links, no animation
// (`set`/`animate` can rewrite an attribute into a script URL), no `iframe`/`object`.
const tagNames = [
  'svg', 'g', 'defs', 'title', 'desc', 'symbol', 'use', 'switch', 'style',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath', 'image',
  'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'pattern', 'marker',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB',
  'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset'
]

// Geometry, paint and text attributes (hast property names). Nothing named `on*`, no `href` but
// the ones checked below.
const properties = [
  'id', 'className', 'style', 'transform', 'viewBox', 'preserveAspectRatio', 'xmlns', 'xmlnsXLink', 'version', 'width', 'height', 'x', 'y',
  'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'd', 'points', 'pathLength', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust',
  'fill', 'fillOpacity', 'fillRule', 'stroke', 'strokeWidth', 'strokeOpacity', 'strokeLinecap', 'strokeLinejoin', 'strokeMiterLimit',
  'strokeDashArray', 'strokeDashOffset', 'opacity', 'color', 'display', 'visibility', 'overflow', 'clipPath', 'clipRule', 'mask', 'filter',
  'stopColor', 'stopOpacity', 'offset', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'patternUnits', 'patternContentUnits',
  'patternTransform', 'clipPathUnits', 'maskUnits', 'maskContentUnits', 'filterUnits', 'primitiveUnits', 'markerWidth', 'markerHeight',
  'markerUnits', 'refX', 'refY', 'orient', 'markerStart', 'markerMid', 'markerEnd', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle',
  'textAnchor', 'dominantBaseline', 'alignmentBaseline', 'letterSpacing', 'wordSpacing', 'textDecoration', 'writingMode', 'vectorEffect',
  'shapeRendering', 'imageRendering', 'colorInterpolationFilters', 'in', 'in2', 'result', 'mode', 'operator', 'k1', 'k2', 'k3', 'k4',
  'stdDeviation', 'values', 'type', 'tableValues', 'slope', 'intercept', 'amplitude', 'exponent', 'floodColor', 'floodOpacity', 'radius',
  'href', 'xLinkHref', 'space', 'xmlSpace'
]

const schema: Schema = {
  tagNames,
  attributes: {'*': properties},
  // Checked after sanitizing (only `#fragment`, and raster `data:` URLs for images): no protocol passes here.
  protocols: {href: [], xLinkHref: []},
  clobber: [],
  ancestors: {},
  required: {},
  // Their content goes too; any other element not listed (a link, editor metadata) is replaced by its content.
  strip: ['script', 'foreignObject', 'iframe', 'object', 'embed', 'noscript', 'set', 'animate', 'animateTransform', 'animateMotion']
}

const raster = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$/i

/**
 * An SVG file with its active and external content removed: scripts, event handlers,
 * `foreignObject`, links and animations go; `href`s keep only references inside the file (and
 * raster `data:` images); CSS loses `@import`, external `url()`s and script URLs. What is left
 * draws the same picture and, opened on its own, runs nothing and requests nothing.
 * `removed` lists the active or external content that went (`script`, `svg@onLoad`, `use@href`,
 * `style url()`), for the warning; editor metadata is dropped without a word.
 */
export function sanitizeSvg(text: string): {svg: string; removed: string[]} {
  const tree = fromHtml(text, {fragment: true, space: 'svg'})
  const before = inventory(tree)
  const clean = sanitize(tree, schema) as Root
  const changed: string[] = []
  visit(clean, 'element', (node: Element, index, parent) => {
    for (const key of ['href', 'xLinkHref'] as const) {
      const value = node.properties[key]
      if (typeof value === 'string' && !value.startsWith('#') && !(node.tagName === 'image' && raster.test(value))) delete node.properties[key]
    }
    const style = node.properties['style']
    if (typeof style === 'string' && safeCss(style) !== style) {
      node.properties['style'] = safeCss(style)
      changed.push(`${node.tagName}@style url()`)
    }
    for (const child of node.tagName === 'style' ? node.children : []) {
      if (child.type === 'text' && safeCss(child.value) !== child.value) {
        child.value = safeCss(child.value)
        changed.push('style url()')
      }
    }
    // A `use` or `image` whose reference was removed would draw nothing: drop it.
    if ((node.tagName === 'use' || node.tagName === 'image') && node.properties['href'] === undefined && node.properties['xLinkHref'] === undefined && parent && index !== undefined) {
      parent.children.splice(index, 1)
      return index
    }
    return undefined
  })
  const after = inventory(clean)
  const removed = [...new Set([...[...before].filter((item) => !after.has(item) && active(item)), ...changed])].sort()
  const svg = toHtml(clean, {space: 'svg', closeEmptyElements: true}).trim() + '\n'
  return {svg, removed}
}

// What can run or reach out; editor metadata (`sodipodi:*`, `metadata`) goes silently.
const activeElements = new Set(['script', 'foreignObject', 'iframe', 'object', 'embed', 'a', 'set', 'animate', 'animateTransform', 'animateMotion', 'handler', 'listener'])
function active(item: string): boolean {
  const [tag, attribute] = item.split('@')
  return attribute === undefined ? activeElements.has(tag!) : /^on/i.test(attribute) || attribute === 'href' || attribute === 'xLinkHref'
}

// CSS without what reaches out or runs: `@import`, `url()` other than `url(#id)`, `expression()`, script URLs.
function safeCss(css: string): string {
  return css
    .replace(/@import[^;]*;?/gi, '')
    .replace(/url\(\s*(['"]?)(?!#)[^)]*\1\s*\)/gi, 'none')
    .replace(/expression\s*\(/gi, '(')
    .replace(/(?:java|vb)script\s*:/gi, '')
}

/** Element names and `element@attribute` pairs of a tree, to say what sanitizing removed. */
function inventory(tree: Root): Set<string> {
  const found = new Set<string>()
  visit(tree, 'element', (node: Element) => {
    found.add(node.tagName)
    for (const [key, value] of Object.entries(node.properties)) {
      if (value !== undefined && value !== null && value !== false) found.add(`${node.tagName}@${key}`)
    }
  })
  return found
}
