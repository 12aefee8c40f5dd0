import type {Element} from 'hast'
import {h, s} from 'hastscript'
import type {IconData} from '@samizdat/model'

/**
 * An icon inlined as SVG inside `<span class="twemoji">` (Material for MkDocs markup).
 * Decorative by default (`aria-hidden`): the text beside it says what it means.
 */
export function iconElement(icon: IconData, className: string[] = []): Element {
  return h('span', {className: ['twemoji', ...className]}, [
    s(
      'svg',
      {viewBox: icon.viewBox, ariaHidden: 'true', focusable: 'false'},
      icon.paths.map((d) => s('path', {d}))
    )
  ])
}
