import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {diagnostic} from './diagnostic.js'
import {parsePage, type ParsedPage} from './parse-page.js'

/** Below this many pages, more than one worker (each loads the parser, ~100 ms) costs more than it saves. */
const minimumPagesForWorkers = 48
/** How long one page may take to parse before it is stopped and reported. */
export const defaultPageTimeoutMs = 30_000

/** A page to parse: its path for messages and its text. */
export interface PageToParse {
  file: string
  text: string
}

/** What a parse worker answers for one page. */
export type WorkerAnswer = {parsed: ParsedPage} | {error: string}

/**
 * Parse pages on worker threads: parsing dominates a build, a parsed tree costs about a
 * fifteenth of its parse time to copy back, and a worker can be stopped. A page that takes
 * longer than `timeoutMs` is stopped and reported at its path (rule `parse-time`); the build
 * goes on with the other pages, and fails on that error. Results keep the order of `pages`,
 * so the bundle is the same however many workers ran. `workers: 0` parses in this thread,
 * with no time limit; so do unit tests run from the TypeScript sources (no compiled worker).
 */
export async function parsePages(
  pages: readonly PageToParse[],
  workers?: number,
  timeoutMs = defaultPageTimeoutMs
): Promise<{parsed: ParsedPage[]; workers: number}> {
  const script = new URL('./parse-worker.js', import.meta.url)
  const count = workers ?? (pages.length >= minimumPagesForWorkers ? Math.min(availableParallelism(), 4) : 1)
  if (count < 1 || pages.length === 0 || !existsSync(fileURLToPath(script))) {
    const parsed: ParsedPage[] = []
    for (const page of pages) parsed.push(await parseOrReport(page))
    return {parsed, workers: 0}
  }

  const results: ParsedPage[] = new Array(pages.length)
  let next = 0
  const size = Math.min(count, pages.length)
  await Promise.all(Array.from({length: size}, () => runWorker()))
  return {parsed: results, workers: size}

  // One worker thread at a time parses page after page; one that overruns is terminated and replaced.
  async function runWorker(): Promise<void> {
    while (next < pages.length) {
      const worker = new Worker(script)
      try {
        while (next < pages.length) {
          const index = next++
          const answer = await parseIn(worker, pages[index]!)
          results[index] = answer.kind === 'done' ? answer.parsed : failed(pages[index]!, answer.reason)
          if (answer.kind !== 'done') break
        }
      } finally {
        await worker.terminate()
      }
    }
  }

  function parseIn(worker: Worker, page: PageToParse): Promise<{kind: 'done'; parsed: ParsedPage} | {kind: 'timeout' | 'crash'; reason: string}> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        cleanup()
        resolve({kind: 'timeout', reason: `parsing this page took longer than ${timeoutMs / 1000} s and was stopped: split the page, or remove the repeated or deeply nested syntax that makes it slow`})
      }, timeoutMs)
      const onMessage = (answer: WorkerAnswer) => {
        cleanup()
        resolve('parsed' in answer ? {kind: 'done', parsed: answer.parsed} : {kind: 'crash', reason: `the parser failed on this page (${answer.error}); please report it with the page`})
      }
      const onError = (error: Error) => {
        cleanup()
        resolve({kind: 'crash', reason: `the parser failed on this page (${error.message}); please report it with the page`})
      }
      const cleanup = () => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
      }
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.postMessage(page)
    })
  }
}

/** Parse in this thread, turning a parser failure into an error on the page. */
export async function parseOrReport(page: PageToParse): Promise<ParsedPage> {
  try {
    return await parsePage(page.file, page.text)
  } catch (error) {
    return failed(page, `the parser failed on this page (${(error as Error).message}); please report it with the page`)
  }
}

/** A page that could not be parsed: empty, with one error that says why. */
function failed(page: PageToParse, reason: string): ParsedPage {
  const rule = reason.startsWith('parsing this page took longer') ? 'parse-time' : 'page-read'
  return {tree: {type: 'root', children: []}, frontmatter: {}, frontmatterNode: null, failed: true, diagnostics: [diagnostic(page.file, {line: 1, column: 1}, 'error', reason, rule)]}
}
