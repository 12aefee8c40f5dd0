import {colors} from './colors.js'
import {contrastRatio} from './contrast-ratio.js'
import {mixColors} from './mix-colors.js'
import type {AdmonitionColor} from './types.js'

/**
 * MkDocs Material's admonition hues (its `_admonition.scss`), so the site looks familiar.
 * The guide's own `recomendation`/`recommendation` kind takes Material's teal.
 */
export const admonitionHues = {
  note: '#448aff',
  abstract: '#00b0ff',
  info: '#00b8d4',
  tip: '#00bfa5',
  success: '#00c853',
  question: '#64dd17',
  warning: '#ff9100',
  failure: '#ff5252',
  danger: '#ff1744',
  bug: '#f50057',
  example: '#7c4dff',
  quote: '#9e9e9e',
  recomendation: '#009485',
  recommendation: '#009485'
} as const

/** An admonition kind that has its own colour. */
export type AdmonitionKind = keyof typeof admonitionHues

/** Below this contrast a border or icon is hard to see (WCAG 1.4.11, non-text contrast). */
const uiContrast = 3
/** Print titles are text on a light tint of the same hue, so they need text contrast (WCAG AA). */
const textContrast = 4.5

/** How much of the print colour goes into the box background. */
const printTintAmount = 0.1

/** Shade `hue` toward `toward` in 1% steps, keeping its hue, until it reaches `ratio` against `against(candidate)`. */
function shade(hue: string, toward: string, ratio: number, against: (candidate: string) => string): string {
  for (let step = 0; step <= 100; step++) {
    const candidate = mixColors(toward, hue, step / 100)
    if (contrastRatio(candidate, against(candidate)) >= ratio) return candidate
  }
  return toward
}

function derive(hue: string): AdmonitionColor {
  const tintOf = (color: string) => mixColors(color, '#ffffff', printTintAmount)
  // Darkened only until it reads as text on its own tint, which leaves its luminance well above
  // black's: in greyscale the title is a mid-dark grey, body text black, the box a pale grey.
  const print = shade(hue, '#000000', textContrast, tintOf)
  return {
    // Several Material hues (success, question, warning) are too pale on white for a 3:1 border.
    light: shade(hue, '#000000', uiContrast, () => colors.light.background),
    dark: shade(hue, '#ffffff', uiContrast, () => colors.dark.background),
    print,
    printTint: tintOf(print)
  }
}

/** Colours of every admonition kind, derived once from Material's hues: `light`/`dark` for borders and icons, `print` for leaflets. */
export const admonitionColors: Record<AdmonitionKind, AdmonitionColor> = Object.fromEntries(
  Object.entries(admonitionHues).map(([kind, hue]) => [kind, derive(hue)])
) as Record<AdmonitionKind, AdmonitionColor>

/** Type guard: does `kind` have its own colour? */
export function isAdmonitionKind(kind: string): kind is AdmonitionKind {
  return Object.hasOwn(admonitionHues, kind)
}

/** Colours for an admonition kind; unknown kinds (any type is allowed in the dialect) look like `note`. */
export function admonitionColor(kind: string): AdmonitionColor {
  return isAdmonitionKind(kind) ? admonitionColors[kind] : admonitionColors.note
}
