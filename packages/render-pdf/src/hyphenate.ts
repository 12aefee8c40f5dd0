import english from 'hyphen/en-us/index.js'
import russian from 'hyphen/ru/index.js'
import {catalogueLanguage} from '@samizdat/messages'

/** Soft hyphen: where a word may break, printed as `-` only when it does. */
export const softHyphen = '\u00AD'

const cache = new Map<string, string[]>()
const cyrillic = /\p{Script=Cyrillic}/u
const latin = /\p{Script=Latin}/u

/**
 * The syllables of one word at its hyphenation points (Liang's patterns from the `hyphen`
 * package): `шифрование` → `шиф`, `ро`, `ва`, `ние`. Cyrillic words use the Russian patterns
 * in any document. Latin words use the English (US) patterns on an English site; on a site in
 * another language they stay whole, so names and brands quoted in Russian text never break.
 */
export function syllables(word: string, language: string): string[] {
  const patterns = cyrillic.test(word) ? russian : latin.test(word) && catalogueLanguage(language) === 'en' ? english : null
  // The patterns leave at least two letters on each side; short words stay whole.
  if (patterns === null || word.length < 5) return [word]
  const key = `${patterns === russian ? 'ru' : 'en'}\u0000${word}`
  let parts = cache.get(key)
  if (!parts) {
    parts = patterns.hyphenateSync(word).split(softHyphen).filter(Boolean)
    cache.set(key, parts)
  }
  return parts
}
