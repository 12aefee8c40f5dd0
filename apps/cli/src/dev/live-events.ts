import type {IncomingMessage, ServerResponse} from 'node:http'

/** The events the live script listens to. */
export type LiveEvent = {name: 'building'; data: {files: string[]}} | {name: 'reload'; data: {rendered: string[]}} | {name: 'build-error'; data: {errors: string[]}}

/**
 * Server-Sent Events to every open page. The last build failure is remembered and sent to
 * pages that connect later, so a page loaded while the content is broken still shows why.
 */
export class LiveEvents {
  readonly #clients = new Set<ServerResponse>()
  #failure: LiveEvent | null = null
  readonly #heartbeat: NodeJS.Timeout

  constructor() {
    // A comment now and then keeps proxies and idle timeouts from closing the stream.
    this.#heartbeat = setInterval(() => this.#write(': ping\n\n'), 20_000)
    this.#heartbeat.unref()
  }

  /** Answer an EventSource request and keep it open. */
  connect(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no'})
    response.write('retry: 1000\n\n')
    if (this.#failure !== null) response.write(format(this.#failure))
    this.#clients.add(response)
    request.on('close', () => this.#clients.delete(response))
  }

  /** Send an event to every open page. */
  send(event: LiveEvent): void {
    if (event.name === 'build-error') this.#failure = event
    if (event.name === 'reload') this.#failure = null
    this.#write(format(event))
  }

  /** How many pages are listening. */
  get size(): number {
    return this.#clients.size
  }

  /** End every stream. */
  close(): void {
    clearInterval(this.#heartbeat)
    for (const client of this.#clients) client.end()
    this.#clients.clear()
  }

  #write(text: string): void {
    for (const client of this.#clients) client.write(text)
  }
}

function format(event: LiveEvent): string {
  return `event: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`
}
