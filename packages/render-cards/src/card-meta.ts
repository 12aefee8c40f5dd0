import {fitText} from './fit-text.js'

/** The JSON written beside each PNG. */
export interface CardMeta {
  /** What the card shows, in the guide's language, for screen readers. */
  alt: string
  /** Ready to post: name, one sentence, address, hashtags. */
  caption: string
  url: string
  width: number
  height: number
}

/** The first sentence of `text`, or its start cut at a word boundary when the sentence runs long. */
export function firstSentence(text: string, maxChars = 220): string {
  const sentence = /^.+?[.!?…](?=\s|$)/u.exec(text)?.[0] ?? text
  return shorten(sentence, maxChars)
}

/** `text` cut to at most `maxChars` at a word boundary, with «…» when cut. */
export function shorten(text: string, maxChars: number): string {
  if (Array.from(text).length <= maxChars) return text
  // Character counts, not pixels: reuse the word-boundary clamp with a one-unit-per-character width.
  return fitText(text, {sizes: [1], maxWidth: maxChars + 2, maxLines: 1, measure: (line) => Array.from(line).length}).lines[0] ?? ''
}

/** `#Signal` from a name, or nothing when the name has no letters to make a tag of. */
export function hashtag(name: string): string {
  const tag = name.replace(/[^\p{L}\p{N}_]/gu, '')
  return tag === '' ? '' : `#${tag}`
}
