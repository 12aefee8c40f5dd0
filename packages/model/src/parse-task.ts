import {parsePage} from './parse-page.js'
import type {PageToParse, WorkerAnswer} from './parse-pages.js'

/**
 * Parse one page on a thread of the shared worker pool, answering with the error when the
 * parser fails, so the caller can report it at the page's path.
 */
export async function parsePageTask(page: PageToParse): Promise<WorkerAnswer> {
  try {
    return {parsed: await parsePage(page.file, page.text)}
  } catch (error) {
    return {error: (error as Error).message}
  }
}
