import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

// resvg-js keeps each pixel buffer (3–8 MiB a card) outside the JS heap and does not tell V8,
// so V8 sees a small heap and rarely collects: 60 story cards held 553 MiB (thx/resvg-js#216).
// A buffer is freed only by a GC *and* a later turn of the event loop, where Node runs the
// native finalizers; either alone frees nothing (bench/bench.mjs `leak` measures all four).
//
// Calling the GC needs `--expose-gc`. Set at run time, the flag is seen by contexts created
// afterwards, so no CLI flag is needed, but it is process-wide: every later vm context and
// worker would get a global `gc`. The CLI hosts all three renderers in one process, so the
// flag is set only while a raster pool is open and turned off again when the last one closes
// (unless the process was started with it); a `gc` function taken meanwhile keeps working.

let leases = 0
let setByUs = false
let collect: (() => void) | undefined

/**
 * Expose `gc` to contexts created from now on, until the returned function is called (leases
 * nest; the flag goes back off when the last one ends, unless the process was started with it).
 */
export function exposeGc(): () => void {
  if (leases++ === 0 && runInNewContext('typeof gc') !== 'function') {
    setFlagsFromString('--expose-gc')
    setByUs = true
  }
  let ended = false
  return () => {
    if (ended) return
    ended = true
    if (--leases === 0 && setByUs) {
      setFlagsFromString('--no-expose-gc')
      setByUs = false
    }
  }
}

/**
 * Collect garbage and let the event loop turn, so the native buffers of PNGs already written
 * are freed. Call it while an {@link exposeGc} lease is held (the first call takes `gc`).
 */
export async function releaseMemory(): Promise<void> {
  collect ??= runInNewContext('gc') as () => void
  collect()
  await new Promise((resolve) => setImmediate(resolve))
}
