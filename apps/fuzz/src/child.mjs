// A child process of the fuzz pool: runs each input it is sent and answers with the result.
import path from 'node:path'
import {runInput} from './pipeline.mjs'

const workDir = process.argv[2]
let count = 0
process.on('message', async ({id, markdown, run}) => {
  const result = await runInput(markdown, run, path.join(workDir, String(count++ % 2)))
  process.send({id, result})
})
process.send({ready: true})
