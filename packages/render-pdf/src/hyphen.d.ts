// The `hyphen` package ships no types and no `exports` map; this is the part we use.
declare module 'hyphen/ru/index.js' {
  /** Insert soft hyphens (U+00AD) at every Russian hyphenation point of `text`. */
  export function hyphenateSync(text: string, options?: {hyphenChar?: string; minWordLength?: number}): string
}
