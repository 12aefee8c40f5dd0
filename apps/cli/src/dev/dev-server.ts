import {readFile} from 'node:fs/promises'
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import type {SiteBundle} from '@samizdat/model'
import {contentDir} from '../content-dir.js'
import type {Io} from '../io.js'
import {UsageError} from '../io.js'
import {workerPool} from '@samizdat/output'
import {stopRenderers} from '../renderers.js'
import {buildSite, warmUp} from './build-site.js'
import {devPrefix, injectLiveScript, liveScript, liveStyles} from './live-client.js'
import {LiveEvents} from './live-events.js'
import {outputLayout} from '../output-layout.js'
import {pageOfFile, previewOf} from './preview.js'
import {RebuildQueue} from './rebuild-queue.js'
import {contentType} from '@samizdat/output'
import {siteFile} from './site-file.js'
import {watchContent} from './watch-content.js'

/** Options of {@link startDevServer}. */
export interface DevServerOptions {
  /** The content folder (default: as every command decides, see content-dir.ts). */
  dir?: string | undefined
  /** The output folder, relative to `io.cwd` (default `dist`, or `.cache/samizdat/dev/` in an MkDocs project); the site is served from its `site/`. */
  out?: string | undefined
  /** A port number; 0 picks a free one. Default: 8000, or the next free port after it. */
  port?: number | undefined
  siteUrl?: string | undefined
  /** Quiet time after the last file event before a rebuild starts. */
  debounceMs?: number
}

/** A running dev server. */
export interface DevServer {
  /** `http://127.0.0.1:8000/`. */
  url: string
  /** Resolves when no rebuild is running or waiting (nor the warm-up after the first build). */
  idle(): Promise<void>
  /** How many builds have run, the first one included. */
  readonly builds: number
  /** Stop watching, end the live streams, close the server; waits for a running build. */
  close(): Promise<void>
}

// How long a worker thread of the server waits for the next save before it ends (and its
// memory goes back): long enough for an author's pauses, unlike a build's half a second.
const threadIdleMs = 10 * 60_000

// The default port and how many after it to try when it is taken.
const defaultPort = 8000
const portsToTry = 20

/**
 * `samizdat dev`: build the content once, serve `OUT/site` on 127.0.0.1 with the live script
 * injected into HTML responses, then watch the content folder and rebuild incrementally on
 * every change, one build at a time. A build with content errors keeps the last good site
 * served and sends the errors to open pages; a good one tells them to reload.
 */
export async function startDevServer(options: DevServerOptions, io: Io): Promise<DevServer> {
  const root = contentDir(options.dir, io.cwd)
  const layout = await outputLayout(root, options.out, io.cwd, 'dev')
  const siteDir = layout.site
  const events = new LiveEvents()
  let current: {bundle: SiteBundle; siteFiles: ReadonlySet<string>} | null = null
  let url = ''
  let builds = 0
  // The server's worker threads, kept between builds while the author edits: a thread that has
  // parsed a page keeps the parser loaded for the next save.
  const pool = workerPool(undefined, {idleMs: threadIdleMs})
  // Started after the first good build; a build waits for it rather than share the thread.
  let warming: Promise<void> = Promise.resolve()

  const rebuild = async (changed: string[]) => {
    await warming
    if (changed.length > 0) {
      io.stderr.write(`\nsamizdat: changed ${changed.join(', ')}\n`)
      events.send({name: 'building', data: {files: changed}})
    }
    const outcome = await buildSite({dir: root, layout, siteUrl: options.siteUrl, pool}, io)
    builds++
    const time = new Date().toTimeString().slice(0, 8)
    if (!outcome.ok) {
      for (const line of outcome.errors.filter((l) => l.startsWith('internal error'))) io.stderr.write(`samizdat: ${line}\n`)
      io.stderr.write(`[${time}] ${outcome.summary}\n`)
      events.send({name: 'build-error', data: {errors: outcome.errors}})
      return
    }
    if (current === null) warming = warmUp(outcome.bundle, pool)
    current = {bundle: outcome.bundle, siteFiles: outcome.siteFiles}
    io.stdout.write(`[${time}] ${outcome.summary}\n`)
    for (const file of changed) printPreview(file)
    events.send({name: 'reload', data: {rendered: outcome.rendered}})
  }

  // Which page the author is editing, and where its cards and leaflets are to look at.
  const printPreview = (file: string) => {
    if (current === null) return
    const page = pageOfFile(current.bundle, file)
    const preview = page === undefined ? null : previewOf(current.bundle, page.url, current.siteFiles)
    if (preview === null) return
    const link = (u: string) => new URL(u.slice(1), url).href
    io.stdout.write(`  page ${link(preview.page.url)} (${preview.page.title})\n`)
    for (const card of preview.cards) io.stdout.write(`  card ${link(card.url)}\n`)
    for (const leaflet of preview.leaflets) io.stdout.write(`  leaflet ${link(leaflet.url)}\n`)
  }

  const queue = new RebuildQueue(rebuild)

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', `internal error: ${(error as Error).message}\n`)
      else response.destroy()
    })
  })

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'method not allowed\n', {allow: 'GET, HEAD'})
    const raw = request.url ?? '/'
    // The path exactly as sent (percent-encoded, dot segments kept): siteFile checks each segment.
    const pathname = raw.split(/[?#]/, 1)[0] ?? '/'
    if (!pathname.startsWith('/')) return send(response, 400, 'text/plain; charset=utf-8', 'bad request\n')
    if (pathname === `${devPrefix}/events`) return events.connect(request, response)
    if (pathname === `${devPrefix}/live.js`) return send(response, 200, 'text/javascript; charset=utf-8', liveScript)
    if (pathname === `${devPrefix}/live.css`) return send(response, 200, 'text/css; charset=utf-8', liveStyles)
    if (pathname === `${devPrefix}/preview`) {
      const page = new URL(raw, 'http://localhost').searchParams.get('page') ?? '/'
      const preview = current === null ? null : previewOf(current.bundle, page, current.siteFiles)
      return preview === null
        ? send(response, 404, 'application/json; charset=utf-8', `${JSON.stringify({error: `no page at ${page}`})}\n`)
        : send(response, 200, 'application/json; charset=utf-8', `${JSON.stringify(preview, null, 2)}\n`)
    }
    let found = await siteFile(siteDir, pathname)
    // A build swaps the site folder in with two renames; a request between them waits for it.
    if (found.kind === 'missing' && queue.busy) {
      await queue.idle()
      found = await siteFile(siteDir, pathname)
    }
    if (found.kind === 'refused') return send(response, 403, 'text/plain; charset=utf-8', 'forbidden: the path leaves the site folder\n')
    if (found.kind === 'redirect') return send(response, 301, 'text/plain; charset=utf-8', `moved to ${found.location}\n`, {location: found.location})
    if (found.kind === 'missing') {
      const page = await readFile(path.join(siteDir, '404.html'), 'utf8').catch(() => null)
      return send(response, 404, 'text/html; charset=utf-8', injectLiveScript(page ?? notBuiltPage))
    }
    const type = contentType(found.file)
    const body = await readFile(found.file)
    return send(response, 200, type, type.startsWith('text/html') ? injectLiveScript(body.toString('utf8')) : body)
  }

  let port: number
  try {
    port = await listen(server, options.port)
  } catch (error) {
    events.close()
    await pool.close()
    throw error
  }
  url = `http://127.0.0.1:${port}/`
  // The port is taken before the first build, so a busy port fails at once; requests that
  // come during the build wait for it. Changes made during it are built right after.
  const watcher = watchContent(root, {ignore: layout.owned, debounceMs: options.debounceMs ?? 100}, (files) => queue.request(files))
  queue.request([])
  await queue.idle()

  let closed: Promise<void> | null = null
  return {
    url,
    idle: async () => {
      await queue.idle()
      await warming
    },
    get builds() {
      return builds
    },
    close: () =>
      (closed ??= (async () => {
        watcher.close()
        events.close()
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        })
        // A build still running would write into a folder the caller may be about to remove.
        await queue.idle()
        await warming
        await pool.close()
        await stopRenderers()
      })())
  }
}

// Shown (with the live script, so it updates) when the very first build failed.
const notBuiltPage = '<!doctype html><html><head><meta charset="utf-8"><title>samizdat dev</title></head><body><h1>Not built yet</h1><p>The content has errors: see the terminal. This page reloads when they are fixed.</p></body></html>'

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body
  response.writeHead(status, {'content-type': type, 'content-length': String(bytes.length), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers})
  response.end(response.req.method === 'HEAD' ? undefined : bytes)
}

// The port asked for; without one, 8000 or the first free port after it.
async function listen(server: Server, port: number | undefined): Promise<number> {
  const candidates = port === undefined ? Array.from({length: portsToTry}, (_, i) => defaultPort + i) : [port]
  for (const candidate of candidates) {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      const failed = (e: NodeJS.ErrnoException) => resolve(e)
      server.once('error', failed)
      server.listen(candidate, '127.0.0.1', () => {
        server.off('error', failed)
        resolve(null)
      })
    })
    if (error === null) return (server.address() as AddressInfo).port
    if (error.code !== 'EADDRINUSE') throw error
  }
  throw new UsageError(port === undefined ? `ports ${defaultPort}-${defaultPort + portsToTry - 1} are all in use; choose one with --port` : `port ${port} is in use; choose another with --port (0 picks a free one)`)
}
