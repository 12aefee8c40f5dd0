// Child-process entry of the benchmark: measures one size and sends the result to the parent.
import {measureSize} from './measure-size.mjs'

// The first argument is a page count (a generated corpus), `guide:DIR` (a content folder as it
// is) or `shaped:PAGES:CARDS` (a generated guide of the real shape).
const [what, only, workDir] = process.argv.slice(2)
let message
try {
  const [pages, cards] = what.slice('shaped:'.length).split(':').map(Number)
  const source = what.startsWith('guide:') ? {guide: what.slice('guide:'.length)} : what.startsWith('shaped:') ? {shaped: {pages, cards}} : {pages: Number(what)}
  message = {result: await measureSize({...source, only: new Set(only.split(',')), workDir})}
} catch (error) {
  message = {error: error instanceof Error ? (error.stack ?? error.message) : String(error)}
}
// Exit once the parent has the message: a renderer's worker pool or Pagefind handle left
// open must not keep this process (and so the benchmark) alive.
process.send(message, () => process.exit(0))
