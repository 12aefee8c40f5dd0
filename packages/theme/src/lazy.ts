/** Compute a value on first call and keep it: icon tables cost tens of milliseconds to build, and many runs need only one set. */
export function lazy<T>(build: () => T): () => T {
  let value: {current: T} | undefined
  return () => (value ??= {current: build()}).current
}
