/** What a custom icon file gives when it is usable. */
export interface ParsedIconSvg {
  viewBox: string
  paths: string[]
  fillRules: Array<'nonzero' | 'evenodd'>
}

/** One markup construct at a time: comment, processing instruction, doctype, CDATA, end tag, start tag. */
export const construct = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>[]*>|<!\[CDATA\[[\s\S]*?\]\]>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/gy
/** One `name="value"` attribute of a start tag. */
export const attribute = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
// Path data is numbers and command letters only, so it needs no entity decoding and cannot carry markup.
/** Path data: numbers and command letters only. */
export const pathData = /^[MmZzLlHhVvCcSsQqTtAa\d\s.,eE+-]+$/
const number = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?`
const viewBoxValue = new RegExp(String.raw`^\s*${number}(?:[\s,]+${number}){3}\s*$`)

/** Elements that draw nothing, kept or skipped without harm. */
const inert = new Set(['title', 'desc', 'metadata'])
const fix = {
  shape: 'convert shapes to paths (Inkscape: Path > Object to Path; or `svgo` with convertShapeToPath)',
  transform: 'apply transforms to the path data (Inkscape: Path > Object to Path; or `svgo` with convertTransform)',
  stroke: 'convert strokes to filled paths (Inkscape: Path > Stroke to Path)'
}

/**
 * Read a custom icon SVG, taking only the root `viewBox` and each `<path d>`. Anything that would draw
 * differently from those paths (shapes, images, text, scripts, styles, transforms, strokes) is refused
 * with a message that says how to fix the file, rather than silently drawn wrong.
 */
export function parseIconSvg(text: string): ParsedIconSvg | {problem: string} {
  const stack: string[] = []
  const result: ParsedIconSvg = {viewBox: '', paths: [], fillRules: []}
  let seenRoot = false
  let index = 0
  const fail = (problem: string) => ({problem})

  while (index < text.length) {
    const lt = text.indexOf('<', index)
    const textEnd = lt === -1 ? text.length : lt
    const between = text.slice(index, textEnd)
    const inside = stack.at(-1)
    // Character data draws only in <text>, which is refused below; elsewhere it must be blank.
    if (between.trim() !== '' && !(inside && (inert.has(inside) || stack.includes('metadata')))) {
      return fail(`unexpected text \`${between.trim().slice(0, 30)}\`; keep only <path> elements`)
    }
    if (lt === -1) break
    construct.lastIndex = lt
    const match = construct.exec(text)
    if (!match) return fail(`malformed markup near \`${text.slice(lt, lt + 30)}\`; re-export the icon as plain SVG`)
    index = construct.lastIndex
    const [whole, endName, startName, attributeText = '', selfClosing] = match
    if (whole.startsWith('<![CDATA[')) return fail('CDATA is not allowed; keep only <path> elements')
    if (endName) {
      if (stack.pop() !== localName(endName)) return fail(`unbalanced </${endName}>; re-export the icon as plain SVG`)
      continue
    }
    if (!startName) continue
    const name = localName(startName)
    const attributes = new Map<string, string>()
    for (const [, key = '', double, single] of attributeText.matchAll(attribute)) attributes.set(key, double ?? single ?? '')

    if (stack.includes('metadata') || isForeign(startName)) {
      // Editor bookkeeping (Inkscape's metadata, sodipodi:namedview) draws nothing.
    } else if (!seenRoot) {
      if (name !== 'svg') return fail(`the root element is <${startName}>, expected <svg>`)
      seenRoot = true
      const viewBox = attributes.get('viewBox')
      if (!viewBox || !viewBoxValue.test(viewBox)) return fail('the <svg> has no valid viewBox; add one such as viewBox="0 0 24 24"')
      const [, , width = 0, height = 0] = viewBox.trim().split(/[\s,]+/).map(Number)
      if (!(width > 0 && height > 0)) return fail(`viewBox "${viewBox}" has no area; give it a positive width and height`)
      if (attributes.has('transform')) return fail(fix.transform)
      result.viewBox = viewBox.trim().split(/[\s,]+/).join(' ')
    } else if (name === 'path') {
      const problem = pathProblem(attributes)
      if (problem) return fail(problem)
      result.paths.push((attributes.get('d') ?? '').trim())
      result.fillRules.push(fillRule(attributes) === 'evenodd' ? 'evenodd' : 'nonzero')
    } else if (name === 'g') {
      if (attributes.has('transform')) return fail(`<g transform>: ${fix.transform}`)
      if (attributes.has('style') || attributes.has('clip-path') || attributes.has('mask') || attributes.has('filter')) {
        return fail('<g> with style, clip-path, mask or filter; keep only plain <path> elements')
      }
    } else if (!inert.has(name)) {
      return fail(`<${startName}> is not allowed: only <path> elements are drawn; ${fix.shape}`)
    }
    if (selfClosing !== '/') stack.push(name)
  }
  if (!seenRoot) return fail('no <svg> element found')
  if (stack.length > 0) return fail(`<${stack.at(-1)}> is not closed; re-export the icon as plain SVG`)
  if (result.paths.length === 0) return fail(`the icon has no <path> elements; ${fix.shape}`)
  return result
}

function localName(name: string): string {
  return name.startsWith('svg:') ? name.slice(4) : name
}

function isForeign(name: string): boolean {
  return name.includes(':') && !name.startsWith('svg:')
}

function fillRule(attributes: Map<string, string>): string | undefined {
  return attributes.get('fill-rule') ?? /fill-rule\s*:\s*(\w+)/.exec(attributes.get('style') ?? '')?.[1]
}

function pathProblem(attributes: Map<string, string>): string | undefined {
  const d = attributes.get('d')
  if (!d || !pathData.test(d)) return '<path> without valid path data in `d`; re-export the icon as plain SVG'
  if (attributes.has('transform')) return `<path transform>: ${fix.transform}`
  const style = attributes.get('style') ?? ''
  const fill = attributes.get('fill') ?? /(?:^|;)\s*fill\s*:\s*([^;]+)/.exec(style)?.[1]?.trim()
  const stroke = attributes.get('stroke') ?? /stroke\s*:\s*([^;]+)/.exec(style)?.[1]?.trim()
  if (fill === 'none' || (stroke !== undefined && stroke !== 'none')) return `<path> drawn with a stroke: ${fix.stroke}`
  if (attributes.has('clip-path') || attributes.has('mask') || attributes.has('filter')) {
    return '<path> with clip-path, mask or filter; keep only plain paths'
  }
  return undefined
}
