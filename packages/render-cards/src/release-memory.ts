import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

// resvg-js keeps each card's pixels (3–8 MiB) and parsed SVG outside the JS heap and does not
// tell V8, so V8 sees a small heap and rarely collects: 60 story cards held 553 MiB
// (thx/resvg-js#216). They are freed only by a GC *and* a later turn of the event loop, where
// Node runs the native finalizers. The card's objects are young, so a minor GC (a scavenge,
// about 1 ms whatever the size of the old heap) finds them; one after every card keeps at
// most one card's memory per thread and lets the allocator hand the same pages to the next
// card, which on the build machine is cheaper than fresh ones (see @samizdat/theme/resvg).
//
// Calling the GC needs `--expose-gc`. Set at run time, the flag is seen by contexts created
// afterwards, but it is process-wide: every later vm context and worker would get a global
// `gc`. So each thread turns it on only for the instant it takes `gc` from a new context, then
// off again (unless the process was started with it); the function it took keeps working.

// What a card leaves that outlives its scavenge (satori's caches turn over as texts change)
// ends up in the old generation, which V8 lets grow to three or four times what is live
// before it collects it, and then keeps the pages: two card threads held 85–95 MiB of heap
// each for 20 MiB live, a third of a cold build's peak RSS. A full collection every few cards
// keeps each thread near what is live, for a few milliseconds every few cards.
const cardsPerFullCollection = 8

let collect: ((options?: {type: 'minor' | 'major'}) => void) | undefined
let drawn = 0

function takeGc(): (options?: {type: 'minor' | 'major'}) => void {
  const exposed = runInNewContext('typeof gc') === 'function'
  if (!exposed) setFlagsFromString('--expose-gc')
  try {
    // Another thread may have turned the flag off in between: then this card goes without.
    return (runInNewContext('typeof gc === "function" ? gc : undefined') as typeof collect) ?? (() => {})
  } finally {
    if (!exposed) setFlagsFromString('--no-expose-gc')
  }
}

/**
 * Free the native memory of the cards this thread has drawn: a minor GC (a full one every
 * {@link cardsPerFullCollection} cards), then a turn of the event loop.
 */
export async function releaseMemory(): Promise<void> {
  collect ??= takeGc()
  drawn++
  // `gc()` with no options is a full collection; Node 20's V8 takes `{type: 'major'}` as a scavenge.
  if (drawn % cardsPerFullCollection === 0) collect()
  else collect({type: 'minor'})
  await new Promise((resolve) => setImmediate(resolve))
}
