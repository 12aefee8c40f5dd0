import {iconToSvg, type IconData} from '@samizdat/theme'

/** An icon as an `<img>` source for satori: its SVG (path data only, escaped by the theme) in one colour. */
export function iconDataUri(icon: IconData, color: string): string {
  return svgDataUri(iconToSvg(icon, {color}))
}

/** Any SVG document as a base64 data URI. */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}
