import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

// resvg-js keeps each pixel buffer (3–8 MiB a card) outside the JS heap and does not tell V8,
// so V8 sees a small heap and rarely collects: 60 story cards held 553 MiB (thx/resvg-js#216).
// A buffer is freed only by a GC *and* a later turn of the event loop, where Node runs the
// native finalizers; either alone frees nothing (bench/bench.mjs `leak` measures all four).
// `--expose-gc` set at run time is seen by contexts created afterwards, so no CLI flag is needed.
setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void

/** Collect garbage and let the event loop turn, so the native buffers of PNGs already written are freed. */
export async function releaseMemory(): Promise<void> {
  collect()
  await new Promise((resolve) => setImmediate(resolve))
}
