import {missingGlyphs} from '@samizdat/theme'

/**
 * Text as the card font can draw it: characters PT Sans lacks (emoji, CJK) are dropped rather
 * than drawn as boxes, and runs of white space become one space.
 */
export function drawableText(text: string): string {
  let result = text
  for (const char of missingGlyphs(text)) result = result.replaceAll(char, '')
  return result.replace(/\s+/gu, ' ').trim()
}
