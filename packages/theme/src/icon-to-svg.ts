import type {IconData} from './types.js'

const safeColor = /^(?:#[\da-f]{3}|#[\da-f]{6}|currentColor)$/i

function escape(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
}

/**
 * A standalone SVG string for an icon: only the viewBox and the path data (escaped), filled with
 * `currentColor` unless `color` is given. With a `title` it is an image with that name; without,
 * it is hidden from screen readers, since the text beside it says the same.
 */
export function iconToSvg(icon: IconData, attrs: {size?: number; title?: string; color?: string} = {}): string {
  const color = attrs.color ?? 'currentColor'
  if (!safeColor.test(color)) throw new TypeError(`iconToSvg: colour \`${color}\` must be #rgb, #rrggbb or currentColor`)
  const size = attrs.size
  if (size !== undefined && !(Number.isFinite(size) && size > 0)) throw new TypeError(`iconToSvg: size ${size} must be a positive number`)
  const open = [
    '<svg xmlns="http://www.w3.org/2000/svg"',
    ` viewBox="${escape(icon.viewBox)}"`,
    size === undefined ? '' : ` width="${size}" height="${size}"`,
    ` fill="${color}"`,
    attrs.title === undefined ? ' aria-hidden="true"' : ' role="img"',
    '>'
  ].join('')
  const title = attrs.title === undefined ? '' : `<title>${escape(attrs.title)}</title>`
  const paths = icon.paths
    .map((d, index) => {
      const evenOdd = icon.fillRules?.[index] === 'evenodd' ? ' fill-rule="evenodd"' : ''
      const paint = icon.paint?.[index]
      const own = paint
        ? ` fill="${escape(paint.fill)}"${paint.opacity === undefined ? '' : ` opacity="${paint.opacity}"`}${paint.transform ? ` transform="matrix(${paint.transform.join(' ')})"` : ''}`
        : ''
      return `<path d="${escape(d)}"${evenOdd}${own}/>`
    })
    .join('')
  return `${open}${title}${paths}</svg>`
}
