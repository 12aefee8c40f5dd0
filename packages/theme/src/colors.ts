import type {Palette} from './types.js'

/**
 * The light and dark palettes. Text, muted text and links reach WCAG AA (4.5:1) on both the
 * background and the surface; the focus ring and accent reach 3:1 (test/colors.test.ts measures it).
 */
export const colors = {
  light: {
    background: '#ffffff',
    surface: '#f4f5f7',
    text: '#1d1f23',
    mutedText: '#565d6b',
    accent: '#00695c',
    onAccent: '#ffffff',
    link: '#1a56c4',
    border: '#d3d7de',
    focusRing: '#1a56c4'
  },
  dark: {
    background: '#16181d',
    surface: '#20232a',
    text: '#e6e8ec',
    mutedText: '#a6adb9',
    accent: '#4fc3b2',
    onAccent: '#16181d',
    link: '#8ab4ff',
    border: '#3b404b',
    focusRing: '#8ab4ff'
  }
} as const satisfies Record<'light' | 'dark', Palette>
