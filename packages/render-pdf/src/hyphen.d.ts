// The `hyphen` package ships no types and no `exports` map; this is the part we use. It is
// CommonJS that Node cannot see named exports in, so it is imported as a default.
declare module 'hyphen/ru/index.js' {
  const hyphen: {
    /** Insert soft hyphens (U+00AD) at every Russian hyphenation point of `text`. */
    hyphenateSync(text: string, options?: {hyphenChar?: string; minWordLength?: number}): string
  }
  export default hyphen
}
