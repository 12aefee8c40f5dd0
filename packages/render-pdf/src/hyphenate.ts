import hyphen from 'hyphen/ru/index.js'

/** Soft hyphen: where a word may break, printed as `-` only when it does. */
export const softHyphen = '\u00AD'

const cache = new Map<string, string[]>()

/**
 * The syllables of one word at its Russian hyphenation points (Liang's patterns from the `hyphen`
 * package): `шифрование` → `шиф`, `ро`, `ва`, `ние`. Latin words go through the same patterns,
 * which leave them whole, so English names and brands never break oddly.
 */
export function syllables(word: string): string[] {
  let parts = cache.get(word)
  if (!parts) {
    // The patterns leave at least two letters on each side; short words stay whole.
    parts = /[а-яё]/i.test(word) && word.length >= 5 ? hyphen.hyphenateSync(word).split(softHyphen).filter(Boolean) : [word]
    cache.set(word, parts)
  }
  return parts
}
