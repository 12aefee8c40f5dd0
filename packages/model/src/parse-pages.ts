import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {parsePage, type ParsedPage} from './parse-page.js'

/** Below this many pages, starting workers (each loads the parser, ~100 ms) costs more than it saves. */
const minimumPagesForWorkers = 48
/** Pages per message: large enough that messaging is cheap, small enough to balance the load. */
const batchSize = 16

/**
 * Parse pages, on worker threads when there are enough of them: parsing dominates a build,
 * and a parsed tree costs about a fifteenth of its parse time to copy back. Results keep
 * the order of `pages`, so the bundle is the same however many workers ran.
 */
export async function parsePages(pages: ReadonlyArray<{file: string; text: string}>, workers?: number): Promise<{parsed: ParsedPage[]; workers: number}> {
  const count = workers ?? (pages.length >= minimumPagesForWorkers ? Math.min(availableParallelism(), 4) : 0)
  const script = new URL('./parse-worker.js', import.meta.url)
  // Run from TypeScript sources (unit tests), there is no compiled worker to start.
  if (count < 2 || !existsSync(fileURLToPath(script))) {
    const parsed: ParsedPage[] = []
    for (const page of pages) parsed.push(await parsePage(page.file, page.text))
    return {parsed, workers: 0}
  }

  const results: ParsedPage[] = new Array(pages.length)
  let next = 0
  const pool = Array.from({length: Math.min(count, Math.ceil(pages.length / batchSize))}, () => new Worker(script))
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let start = 0
            const send = () => {
              if (next >= pages.length) return resolve()
              start = next
              next = Math.min(next + batchSize, pages.length)
              worker.postMessage(pages.slice(start, next))
            }
            worker.on('message', (batch: ParsedPage[]) => {
              batch.forEach((parsed, i) => (results[start + i] = parsed))
              send()
            })
            worker.on('error', reject)
            send()
          })
      )
    )
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
  return {parsed: results, workers: pool.length}
}
