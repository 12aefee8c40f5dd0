import type {Element} from 'hast'
import {h, s} from 'hastscript'
import type {IconData} from '@samizdat/model'

/**
 * An icon inlined as SVG inside `<span class="twemoji">` (Material for MkDocs markup).
 * Decorative by default (`aria-hidden`): the text beside it says what it means. Coloured
 * pictures (emoji) carry each path's own fill.
 */
export function iconElement(icon: IconData, className: string[] = []): Element {
  return h('span', {className: ['twemoji', ...className]}, [
    s(
      'svg',
      {viewBox: icon.viewBox, ariaHidden: 'true', focusable: 'false'},
      icon.paths.map((d, index) => {
        const paint = icon.paint?.[index]
        const own = paint
          ? {fill: paint.fill, opacity: paint.opacity, transform: paint.transform ? `matrix(${paint.transform.join(' ')})` : undefined}
          : {}
        return s('path', {d, fillRule: icon.fillRules?.[index] === 'evenodd' ? 'evenodd' : undefined, ...own})
      })
    )
  ])
}
