import {availableParallelism} from 'node:os'
import {PoolTimeout, workerPool, type PoolTask, type WorkerPool} from '@samizdat/output'
import {diagnostic} from './diagnostic.js'
import type {ParsedPage} from './parse-page.js'

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

/** Where a pool thread finds the parser: the compiled module beside this one. */
const parseTask: PoolTask = {module: new URL('./parse-task.js', import.meta.url).href, name: 'parsePageTask'}

// Run from the TypeScript sources (unit tests), there is no compiled task for a thread to load.
const compiled = !import.meta.url.endsWith('.ts')

/**
 * Parse pages on worker threads: parsing dominates a build, a parsed tree costs about a
 * fifteenth of its parse time to copy back, and a worker can be stopped. A page that takes
 * longer than `timeoutMs` is stopped and reported at its path (rule `parse-time`); the build
 * goes on with the other pages, and fails on that error. Results keep the order of `pages`,
 * so the bundle is the same however many workers ran. The threads are the build's shared
 * `pool` when one is given (the CLI's), else a pool of `workers` made for this call.
 * `workers: 0` parses in this thread, with no time limit; so do unit tests run from the
 * TypeScript sources (no compiled task).
 */
export async function parsePages(
  pages: readonly PageToParse[],
  workers?: number,
  timeoutMs = defaultPageTimeoutMs,
  pool?: WorkerPool
): Promise<{parsed: ParsedPage[]; workers: number}> {
  const count = workers ?? (pages.length >= minimumPagesForWorkers ? Math.min(availableParallelism(), 4) : 1)
  if (count < 1 || pages.length === 0 || !compiled) {
    const parsed: ParsedPage[] = []
    for (const page of pages) parsed.push(await parseOrReport(page))
    return {parsed, workers: 0}
  }
  const threads = pool ?? workerPool(Math.min(count, pages.length))
  try {
    // Every page is queued at once: its text is in memory already, and the pool runs one per thread.
    const parsed = await Promise.all(pages.map((page) => parseIn(threads, page, timeoutMs)))
    return {parsed, workers: Math.min(threads.size, pages.length)}
  } finally {
    if (threads !== pool) await threads.close()
  }
}

async function parseIn(pool: WorkerPool, page: PageToParse, timeoutMs: number): Promise<ParsedPage> {
  try {
    const answer = await pool.run<WorkerAnswer>(parseTask, page, {timeoutMs})
    return 'parsed' in answer ? answer.parsed : failed(page, `the parser failed on this page (${answer.error}); please report it with the page`)
  } catch (error) {
    if (error instanceof PoolTimeout) {
      return failed(page, `parsing this page took longer than ${timeoutMs / 1000} s and was stopped: split the page, or remove the repeated or deeply nested syntax that makes it slow`)
    }
    return failed(page, `the parser failed on this page (${(error as Error).message}); please report it with the page`)
  }
}

/** Parse in this thread, turning a parser failure into an error on the page. */
export async function parseOrReport(page: PageToParse): Promise<ParsedPage> {
  // Imported here, not with this module: when the pages parse on worker threads (or all come
  // from the cache) this thread never loads the parser (micromark, the dialect, unified).
  const {parsePage} = await import('./parse-page.js')
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
