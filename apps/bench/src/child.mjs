// Child-process entry of the benchmark: measures one size and sends the result to the parent.
import {measureSize} from './measure-size.mjs'

const [pages, only, workDir] = process.argv.slice(2)
try {
  const result = await measureSize({pages: Number(pages), only: new Set(only.split(',')), workDir})
  process.send({result})
} catch (error) {
  process.send({error: error instanceof Error ? (error.stack ?? error.message) : String(error)})
}
// Worker pools or Pagefind may keep handles open; the parent has what it needs.
process.disconnect()
