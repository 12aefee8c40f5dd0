// Delta debugging (Zeller's ddmin): the smallest input, first by lines then by characters,
// for which `stillFails` holds. Bounded by a number of tries, as each try runs the pipeline.

/** Shrink `input` while `stillFails(candidate)` resolves true; at most `budget` calls. */
export async function minimize(input, stillFails, budget = 200) {
  let tries = 0
  const spent = () => tries >= budget
  const test = async (candidate) => tries++ < budget && (await stillFails(candidate))
  let parts = input.split(/(?<=\n)/)
  parts = await ddmin(parts, (p) => test(p.join('')), spent)
  let chars = Array.from(parts.join(''))
  chars = await ddmin(chars, (c) => test(c.join('')), spent)
  return {input: chars.join(''), tries: Math.min(tries, budget)}
}

// Stops once the budget is spent: past it every try fails at once, and going on would only copy
// the items (`granularity` complements of them a round) until single items: quadratic in the
// input, 64K characters kept a run busy for over 20 minutes after its last real try.
async function ddmin(items, fails, spent) {
  let current = items
  let granularity = 2
  while (current.length >= 2 && !spent()) {
    const size = Math.ceil(current.length / granularity)
    let reduced = false
    for (let start = 0; start < current.length && !spent(); start += size) {
      const complement = [...current.slice(0, start), ...current.slice(start + size)]
      if (complement.length > 0 && (await fails(complement))) {
        current = complement
        granularity = Math.max(granularity - 1, 2)
        reduced = true
        break
      }
    }
    if (!reduced) {
      if (granularity >= current.length) break
      granularity = Math.min(current.length, granularity * 2)
    }
  }
  return current
}
