import {colors} from '@samizdat/theme'

/** The site's icon: its name's first letter on the accent colour, as a tiny SVG (no binary to ship). */
export function faviconSvg(siteName: string): string {
  const letter = (siteName.trim()[0] ?? 'S').toUpperCase().replace(/[&<>"']/g, (char) => `&#${char.codePointAt(0)};`)
  const {accent, onAccent} = colors.light
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">' +
    `<rect width="64" height="64" rx="14" fill="${accent}"/>` +
    `<text x="32" y="45" text-anchor="middle" font-family="sans-serif" font-size="40" font-weight="bold" fill="${onAccent}">${letter}</text>` +
    '</svg>\n'
  )
}
