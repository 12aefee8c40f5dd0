// A worker thread of the parse pool: parses the batches of pages it is sent, in order.
import {parentPort} from 'node:worker_threads'
import {parsePage} from './parse-page.js'

parentPort?.on('message', async (batch: Array<{file: string; text: string}>) => {
  const parsed = []
  for (const page of batch) parsed.push(await parsePage(page.file, page.text))
  parentPort?.postMessage(parsed)
})
