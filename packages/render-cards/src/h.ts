/** CSS properties as satori reads them (camelCase, numbers are pixels). */
export type Style = Record<string, string | number>

/** A satori element as a plain object: what React's `createElement` would build, without React. */
export interface CardNode {
  type: 'div' | 'img' | 'span'
  props: {style?: Style; children?: CardChild[] | CardChild; src?: string; width?: number; height?: number}
}

/** A child of an element: another element or text. */
export type CardChild = CardNode | string

/** Build a satori element: `h('div', {display: 'flex'}, 'text')`. */
export function h(type: 'div' | 'span', style: Style, ...children: CardChild[]): CardNode {
  return {type, props: {style, children}}
}

/** An image element; satori needs its box size up front. */
export function img(src: string, width: number, height: number, style: Style = {}): CardNode {
  return {type: 'img', props: {src, width, height, style: {width, height, ...style}}}
}
