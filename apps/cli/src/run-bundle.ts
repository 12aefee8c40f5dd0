import path from 'node:path'
import {writeBundle} from '@samizdat/model'
import type {Io} from './io.js'
import {loadChecked} from './load.js'
import {summarise} from './report.js'

/** `samizdat bundle`: parse once and write the bundle the renderers (and turbo's apps) read. */
export async function runBundle(options: {dir: string | undefined; strict: boolean; out: string | undefined; siteUrl: string | undefined}, io: Io): Promise<number> {
  const started = performance.now()
  const {bundle, root, ok} = await loadChecked(options, io)
  if (!ok) {
    io.stderr.write(`samizdat: not writing the bundle: ${summarise(bundle)}\n`)
    return 1
  }
  const out = path.resolve(io.cwd, options.out ?? path.join(root, 'dist', 'bundle.json'))
  await writeBundle(bundle, out)
  io.stdout.write(`${summarise(bundle)}; bundle written to ${path.relative(io.cwd, out) || out} in ${Math.round(performance.now() - started)} ms\n`)
  return 0
}
