/** A resolved icon: SVG path data only, so every renderer can draw it and none can be tricked by markup. */
export interface IconData {
  set: 'material' | 'octicons' | 'simple' | 'fontawesome' | 'custom'
  viewBox: string
  /** `d` attributes of the icon's paths, drawn with the current colour. */
  paths: string[]
  /** Human name: `Android`, `newspaper check`. */
  title: string
  /** Brand colour `#rrggbb` (simple-icons only). */
  color: string | null
}

