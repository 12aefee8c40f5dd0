/** A resolved icon: SVG path data only, so every renderer can draw it and none can be tricked by markup. */
export interface IconData {
  set: 'material' | 'octicons' | 'simple' | 'fontawesome' | 'custom' | 'twemoji'
  viewBox: string
  /** `d` attributes of the icon's paths, drawn with the current colour. */
  paths: string[]
  /** Human name: `Android`, `newspaper check`. */
  title: string
  /** Brand colour `#rrggbb` (simple-icons only). */
  color: string | null
  /**
   * Fill rule of each path, in the order of `paths`; absent when every path is `nonzero` (the SVG default).
   * Some Octicons and custom icons cut holes with `evenodd`, which draws filled blobs if ignored.
   */
  fillRules?: Array<'nonzero' | 'evenodd'>
  /**
   * Own colours, per path in the order of `paths`, for pictures drawn in colour (emoji): each
   * path's fill, opacity and transform (an SVG matrix `[a, b, c, d, e, f]`). Absent for icons,
   * which take the colour of the text.
   */
  paint?: PathPaint[]
}

/** How one path of a coloured picture is filled. */
export interface PathPaint {
  /** `#rrggbb`. */
  fill: string
  /** 0 to 1; absent for opaque. */
  opacity?: number
  /** An SVG matrix `[a, b, c, d, e, f]`; absent for none. */
  transform?: [number, number, number, number, number, number]
}

/** Custom icons from a content folder, by shortcode name without colons (`myset-logo`). */
export type CustomIcons = ReadonlyMap<string, IconData>

/** One TTF face of the print/card font. */
export interface FontFace {
  family: 'PT Sans'
  weight: 400 | 700
  style: 'normal' | 'italic'
  /** Absolute path of the `.ttf` file. */
  file: string
}

/** One woff2 file of the site's web font, with the characters it covers. */
export interface WebFont {
  family: 'PT Sans'
  subset: 'cyrillic' | 'cyrillic-ext' | 'latin' | 'latin-ext'
  weight: 400 | 700
  style: 'normal' | 'italic'
  /** CSS `unicode-range` value, as the font package declares it. */
  unicodeRange: string
  /** Absolute path of the `.woff2` file. */
  file: string
}

/** Colours of one colour scheme, as `#rrggbb`. */
export interface Palette {
  background: string
  /** Cards, admonition bodies, code blocks: a step away from the background. */
  surface: string
  text: string
  mutedText: string
  /** Buttons and highlights; white (light) or the background (dark) text sits on it. */
  accent: string
  /** Text drawn on `accent`. */
  onAccent: string
  link: string
  border: string
  focusRing: string
}

/** Colours of one admonition kind: the border/icon hue per scheme, and a darker one with its box tint for print. */
export interface AdmonitionColor {
  /** Border and icon on the light background. */
  light: string
  /** Border and icon on the dark background. */
  dark: string
  /** Border, icon and title text in leaflets. */
  print: string
  /** Box background in leaflets: a pale tint of `print` that black and `print` text both read on. */
  printTint: string
}
