import {emojiGraphic, missingGlyphs} from '@samizdat/theme'

const graphemes = new Intl.Segmenter('en', {granularity: 'grapheme'})

/**
 * Text as a card can draw it: characters PT Sans lacks (CJK, symbols) are dropped rather than
 * drawn as boxes, except emoji that Twemoji has, which satori draws as pictures (see
 * `cardToSvg`). Runs of white space become one space.
 */
export function drawableText(text: string): string {
  if (missingGlyphs(text).length === 0) return text.replace(/\s+/gu, ' ').trim()
  let result = ''
  for (const {segment} of graphemes.segment(text)) {
    const missing = missingGlyphs(segment)
    if (missing.length === 0 || emojiGraphic(segment)) result += segment
    else for (const char of segment) if (!missing.includes(char)) result += char
  }
  return result.replace(/\s+/gu, ' ').trim()
}
