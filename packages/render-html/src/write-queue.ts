import {writeFileIn} from '@samizdat/output'

/** Files written in the background, a few at a time: see {@link writeQueue}. */
export interface WriteQueue {
  /** Start writing `data` to `file` (relative to the folder); waits only while too many writes are under way. */
  add(file: string, data: string | Uint8Array): Promise<void>
  /** Wait for every write; throws the first failure. */
  done(): Promise<void>
}

/**
 * Writes into `dir` without waiting for each file before rendering the next: a page takes
 * about as long to write (folder, open, write, close on the thread pool) as to render, so
 * waiting for each left the process idle half the time on a big site. The bytes and the
 * files are the same whatever order the writes finish in.
 */
export function writeQueue(dir: string, limit = 16): WriteQueue {
  const pending = new Set<Promise<void>>()
  let failed: {error: unknown} | undefined
  const check = () => {
    if (failed) throw failed.error
  }
  return {
    async add(file, data) {
      check()
      const write: Promise<void> = writeFileIn(dir, file, data).then(
        () => void pending.delete(write),
        (error: unknown) => {
          failed ??= {error}
          pending.delete(write)
        }
      )
      pending.add(write)
      if (pending.size >= limit) await Promise.race(pending)
      check()
    },
    async done() {
      await Promise.all(pending)
      check()
    }
  }
}
