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

let collect: ((options?: {type: 'minor' | 'major'}) => void) | undefined

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

/** Free the native memory of the cards this thread has drawn: a minor GC, then a turn of the event loop. */
export async function releaseMemory(): Promise<void> {
  collect ??= takeGc()
  collect({type: 'minor'})
  await new Promise((resolve) => setImmediate(resolve))
}
