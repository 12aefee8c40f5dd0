import {contrastRatio, mixColors} from '@samizdat/theme'

/**
 * The accent to draw on `background`: the brand colour when it stands out (3:1, the WCAG ratio
 * for graphics); a grey or black brand that does not (Session's is black) gives way to the
 * guide's own accent, and a coloured one is lightened or darkened until it does.
 */
export function accentOn(background: string, color: string, fallback: string): string {
  if (contrastRatio(color, background) >= 3) return color
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(color.slice(at, at + 2), 16))
  if (Math.max(r ?? 0, g ?? 0, b ?? 0) - Math.min(r ?? 0, g ?? 0, b ?? 0) < 32) return fallback
  const towards = contrastRatio(background, '#ffffff') > contrastRatio(background, '#000000') ? '#ffffff' : '#000000'
  let accent = color
  for (let step = 1; step <= 10 && contrastRatio(accent, background) < 3; step++) {
    accent = mixColors(towards, color, step / 10)
  }
  return accent
}

/** White or near-black, whichever reads better on `background` (a monogram's letter on its tile). */
export function textOn(background: string): string {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#111111') ? '#ffffff' : '#111111'
}
