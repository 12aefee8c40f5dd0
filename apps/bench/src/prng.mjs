// A seeded generator, so the same size always yields the same corpus, byte for byte.

/**
 * mulberry32: a tiny 32-bit PRNG with good enough spread for picking words.
 * Returns helpers over one stream: `next()` in [0, 1), `int(n)` in [0, n), `pick(list)`, `chance(p)`.
 */
export function prng(seed) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n) => Math.floor(next() * n)
  return {next, int, pick: (list) => list[int(list.length)], chance: (p) => next() < p}
}
