// Child-process entry of the benchmark: measures one size and sends the result to the parent.
import {measureSize} from './measure-size.mjs'

// The first argument is a page count (a generated corpus) or `guide:DIR` (a content folder as it is).
const [what, only, workDir] = process.argv.slice(2)
let message
try {
  const source = what.startsWith('guide:') ? {guide: what.slice('guide:'.length)} : {pages: Number(what)}
  message = {result: await measureSize({...source, only: new Set(only.split(',')), workDir})}
} catch (error) {
  message = {error: error instanceof Error ? (error.stack ?? error.message) : String(error)}
}
// Exit once the parent has the message: a renderer's worker pool or Pagefind handle left
// open must not keep this process (and so the benchmark) alive.
process.send(message, () => process.exit(0))
