import type {Io} from '../io.js'
import {startDevServer, type DevServerOptions} from './dev-server.js'

/**
 * `samizdat dev`: serve and rebuild until SIGINT or SIGTERM, then close everything and exit 0.
 * A signal during the first build stops once it has finished (so no half-written folder is
 * left behind); a second signal exits at once.
 */
export async function runDev(options: DevServerOptions, io: Io): Promise<number> {
  let signals = 0
  let stop = () => {}
  const stopped = new Promise<void>((resolve) => (stop = resolve))
  const onSignal = () => {
    if (++signals > 1) process.exit(130)
    io.stdout.write('Stopping\n')
    stop()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    const server = await startDevServer(options, io)
    if (signals === 0) io.stdout.write(`Serving ${server.url} (watching for changes; Ctrl-C to stop)\n`)
    await stopped
    await server.close()
    return 0
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
