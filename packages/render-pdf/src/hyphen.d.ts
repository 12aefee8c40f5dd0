// The `hyphen` package ships no types and no `exports` map; this is the part we use. It is
// CommonJS that Node cannot see named exports in, so each language is imported as a default.
interface Hyphenator {
  /** Insert soft hyphens (U+00AD) at every hyphenation point of `text`. */
  hyphenateSync(text: string, options?: {hyphenChar?: string; minWordLength?: number}): string
}
declare module 'hyphen/ru/index.js' {
  const hyphen: Hyphenator
  export default hyphen
}
declare module 'hyphen/en-us/index.js' {
  const hyphen: Hyphenator
  export default hyphen
}
