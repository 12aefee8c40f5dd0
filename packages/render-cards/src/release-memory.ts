import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

// resvg-js keeps each pixel buffer (3–8 MiB a card) outside the JS heap and does not tell V8,
// so V8 sees a tiny heap and never collects: 100 cards grew to 517 MiB (thx/resvg-js#216).
// Collecting after each card keeps memory flat and costs about a millisecond on a small heap.
// `--expose-gc` set at run time is seen by contexts created afterwards, so no CLI flag is needed.
setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void

/** Run a full garbage collection now, freeing the native buffers of PNGs already written. */
export function releaseMemory(): void {
  collect()
}
