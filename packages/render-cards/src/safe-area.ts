import type {CardSize} from '@samizdat/model'

/** Margins in pixels that no text or logo crosses; only the background and the brand band lie outside. */
export interface SafeArea {
  x: number
  top: number
  bottom: number
}

/**
 * Per card size. Stories keep 250 px free at the top and bottom, where Instagram and others
 * draw their own header and reply box; feeds and link previews crop little, 60–80 px is enough.
 */
export const safeAreas = {
  og: {x: 60, top: 60, bottom: 60},
  square: {x: 80, top: 80, bottom: 80},
  story: {x: 90, top: 250, bottom: 250}
} as const satisfies Record<CardSize, SafeArea>

/** Height of the brand-coloured band along the top edge, inside the margin. */
export const bandHeight = 12

// Glyphs may draw a little past their advance width (the slash's overhang, a negative side
// bearing), so the content box sits this far inside the safe area.
const inkOverhang = 4

/** Where a card's content goes: the safe area less room for glyph overhang, in pixels. */
export function contentBox(size: {width: number; height: number}, safeArea: SafeArea): {left: number; top: number; width: number; height: number} {
  return {
    left: safeArea.x + inkOverhang,
    top: safeArea.top + inkOverhang,
    width: size.width - 2 * (safeArea.x + inkOverhang),
    height: size.height - safeArea.top - safeArea.bottom - 2 * inkOverhang
  }
}
