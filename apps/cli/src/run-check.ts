import type {Io} from './io.js'
import {loadChecked} from './load.js'
import {summarise} from './report.js'

/** `samizdat check`: report the content's problems; exit 1 when it fails. */
export async function runCheck(options: {dir: string | undefined; strict: boolean; format: 'text' | 'json'; siteUrl: string | undefined}, io: Io): Promise<number> {
  const {bundle, ok} = await loadChecked({...options, quiet: options.format === 'json'}, io)
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify({ok, pages: bundle.pages.length, recommendations: bundle.recommendations.length, diagnostics: bundle.diagnostics}, null, 2)}\n`)
  } else {
    io.stdout.write(`${summarise(bundle)}\n`)
  }
  return ok ? 0 : 1
}
