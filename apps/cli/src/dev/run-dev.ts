import type {Io} from '../io.js'
import {startDevServer, type DevServerOptions} from './dev-server.js'

/** `samizdat dev`: serve and rebuild until SIGINT or SIGTERM, then close everything and exit 0. */
export async function runDev(options: DevServerOptions, io: Io): Promise<number> {
  const server = await startDevServer(options, io)
  io.stdout.write(`Serving ${server.url} (watching for changes; Ctrl-C to stop)\n`)
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
  io.stdout.write('Stopping\n')
  await server.close()
  return 0
}
