import {contrastRatio, mixColors} from '@samizdat/theme'

/**
 * The accent to draw on `background`: the brand colour, lightened or darkened step by step
 * until it stands out (3:1, the WCAG ratio for graphics) — a black brand on a dark card
 * would otherwise vanish.
 */
export function accentOn(background: string, color: string): string {
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
