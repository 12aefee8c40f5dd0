const hexColor = /^#([\da-f]{6})$/i

/** Parse `#rrggbb` into 0–255 channels; throws for anything else, since colours here are our own constants. */
export function parseHex(color: string): [number, number, number] {
  const match = hexColor.exec(color)
  if (!match?.[1]) throw new TypeError(`Expected a colour as #rrggbb, got \`${color}\``)
  const value = Number.parseInt(match[1], 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}

/** WCAG 2 relative luminance of `#rrggbb`, 0 (black) to 1 (white). */
export function relativeLuminance(color: string): number {
  const [r, g, b] = parseHex(color).map((channel) => {
    const c = channel / 255
    return c <= 0.040_45 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, 1 to 21; AA asks 4.5 for text, 3 for large text and UI parts. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a)
  const lb = relativeLuminance(b)
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}
