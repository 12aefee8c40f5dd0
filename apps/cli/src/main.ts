import {parseArgs} from 'node:util'
import {UsageError, type Io} from './io.js'
import {usage} from './usage.js'

/** Run the `samizdat` command line; resolves to the exit status. Never throws for bad content. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const {values, positionals} = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: {type: 'string'},
        'site-url': {type: 'string'},
        strict: {type: 'boolean', default: false},
        force: {type: 'boolean', default: false},
        only: {type: 'string'},
        'leaflet-size': {type: 'string'},
        port: {type: 'string'},
        format: {type: 'string', default: 'text'},
        help: {type: 'boolean', short: 'h', default: false}
      }
    })
    const [command, dir, ...extra] = positionals
    if (values.help || command === undefined || command === 'help') {
      io.stdout.write(usage)
      return command === undefined && !values.help ? 2 : 0
    }
    if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra[0]}`)
    const common = {dir, strict: values.strict}
    // Each command's modules are loaded when it runs: a build with nothing to do starts in
    // milliseconds instead of first loading the parser and the renderers.
    switch (command) {
      case 'check':
        if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not ${values.format}`)
        return await (await import('./run-check.js')).runCheck({...common, format: values.format, siteUrl: values['site-url']}, io)
      case 'bundle':
        return await (await import('./run-bundle.js')).runBundle({...common, out: values.out, siteUrl: values['site-url']}, io)
      case 'build':
        return await (await import('./run-build.js')).runBuild({...common, out: values.out, siteUrl: values['site-url'], only: values.only, force: values.force, leafletSize: values['leaflet-size']}, io)
      // `serve` is what MkDocs users type.
      case 'dev':
      case 'serve':
        return await (await import('./dev/run-dev.js')).runDev({dir, out: values.out, siteUrl: values['site-url'], port: parsePort(values.port)}, io)
      default:
        throw new UsageError(`unknown command: ${command}`)
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr.write(`samizdat: ${(error as Error).message}\n\n${usage}`)
      return 2
    }
    // Not the content's fault: say so plainly; the stack only when asked for.
    io.stderr.write(`samizdat: internal error: ${(error as Error).message ?? String(error)}\n`)
    if (process.env['SAMIZDAT_DEBUG']) io.stderr.write(`${(error as Error).stack ?? ''}\n`)
    return 70
  }
}

function parsePort(port: string | undefined): number | undefined {
  if (port === undefined) return undefined
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) throw new UsageError(`--port must be a number from 0 to 65535 (0 picks a free one), not ${port}`)
  return Number(port)
}

function isParseArgsError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && String((error as {code?: unknown}).code).startsWith('ERR_PARSE_ARGS')
}
