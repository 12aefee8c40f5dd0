// A worker thread of the parse pool: parses each page it is sent and answers with the result,
// or with the error when the parser fails, so the pool can report it at the page's path.
import {parentPort} from 'node:worker_threads'
import {parsePage} from './parse-page.js'
import type {PageToParse, WorkerAnswer} from './parse-pages.js'

parentPort?.on('message', async (page: PageToParse) => {
  let answer: WorkerAnswer
  try {
    answer = {parsed: await parsePage(page.file, page.text)}
  } catch (error) {
    answer = {error: (error as Error).message}
  }
  parentPort?.postMessage(answer)
})
