import {cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {request} from 'node:http'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startDevServer, type DevServer} from '../src/dev/dev-server.js'
import {main} from '../src/main.js'
import {RebuildQueue} from '../src/dev/rebuild-queue.js'
import {isIgnored} from '../src/dev/watch-content.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const secret = 'not-for-the-browser-7f3a'

/** Fail with a clear message instead of hanging when `promise` takes longer than `ms`. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms)))
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** An EventSource in miniature: reads the stream and hands out events by name, in order. */
class EventStream {
  readonly #controller = new AbortController()
  readonly #events: Array<{name: string; data: string}> = []
  readonly #waiters = new Set<() => void>()
  #ended = false

  static async open(url: string): Promise<EventStream> {
    const stream = new EventStream()
    const response = await fetch(url, {signal: stream.#controller.signal})
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    void stream.#read(response.body!.getReader())
    return stream
  }

  async #read(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder()
    let buffer = ''
    try {
      for (;;) {
        const {done, value} = await reader.read()
        if (done) break
        buffer += decoder.decode(value, {stream: true})
        let end: number
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const name = /^event: (.+)$/m.exec(block)?.[1]
          const data = /^data: (.*)$/m.exec(block)?.[1]
          if (name !== undefined && data !== undefined) this.#events.push({name, data})
        }
        for (const wake of this.#waiters) wake()
      }
    } catch {
      // Aborted by close().
    }
    this.#ended = true
    for (const wake of this.#waiters) wake()
  }

  /** The next event called `name` (earlier events of other names are dropped). */
  async next(name: string): Promise<unknown> {
    for (;;) {
      const index = this.#events.findIndex((e) => e.name === name)
      if (index !== -1) {
        const [event] = this.#events.splice(0, index + 1).slice(-1)
        return JSON.parse(event!.data) as unknown
      }
      if (this.#ended) throw new Error(`the stream ended before a ${name} event`)
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.#waiters.delete(wake)
          resolve()
        }
        this.#waiters.add(wake)
      })
    }
  }

  close(): void {
    this.#controller.abort()
  }
}

/** A GET with the path sent exactly as written (fetch would normalise `..` away). */
function rawGet(url: string, rawPath: string): Promise<{status: number; body: string}> {
  const {hostname, port} = new URL(url)
  return new Promise((resolve, reject) => {
    const req = request({hostname, port, path: rawPath, method: 'GET'}, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({status: response.statusCode ?? 0, body}))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('samizdat dev', () => {
  let work = ''
  let content = ''
  let out = ''
  let server: DevServer | undefined
  let stdout = ''
  let stderr = ''
  const messengers = () => path.join(content, 'docs', 'recommendations', 'messengers.md')

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'samizdat-dev-'))
    content = path.join(work, 'content')
    out = path.join(work, 'out')
    await cp(path.join(repo, 'content'), content, {recursive: true, filter: (src) => !/[/\\](dist|node_modules|\.turbo)$/.test(src)})
    // Beside the site folder: what a traversal would reach.
    await mkdir(out, {recursive: true})
    await writeFile(path.join(out, 'secret.txt'), secret)
    const io = {stdout: {write: (t: string) => (stdout += t)}, stderr: {write: (t: string) => (stderr += t)}, cwd: work}
    server = await within(startDevServer({dir: content, out, port: 0, debounceMs: 50}, io), 120_000, 'first build')
  }, 150_000)

  afterAll(async () => {
    await server?.close()
    await rm(work, {recursive: true, force: true})
  }, 60_000)

  it('builds once, then listens on 127.0.0.1', () => {
    expect(server!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    expect(stdout).toMatch(/built in \d+\.\d\d s: parsed 2 pages; rendered index\.md, recommendations\/messengers\.md, signal/)
    // The same compiler-style printer as check and build, relative to where the command runs.
    expect(stderr).toMatch(/^content\/docs\/recommendations\/messengers\.md:\d+:\d+: warning: .+\[icon-unknown\]$/m)
  })

  it('serves pages with the live script injected, never written to disk', async () => {
    const response = await fetch(new URL('recommendations/messengers/', server!.url))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-store')
    const html = await response.text()
    expect(html).toContain('<script src="/__samizdat/live.js" defer></script></head>')
    expect(html).toContain('Мессенджеры')
    const onDisk = await readFile(path.join(out, 'site', 'recommendations', 'messengers', 'index.html'), 'utf8')
    expect(onDisk).not.toContain('__samizdat')
    expect(html.replace('<script src="/__samizdat/live.js" defer></script>', '')).toBe(onDisk)

    const script = await fetch(new URL('__samizdat/live.js', server!.url))
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toContain("new EventSource(prefix + '/events')")
    const css = await fetch(new URL('_samizdat/style.css', server!.url))
    expect([css.status, css.headers.get('content-type')]).toEqual([200, 'text/css; charset=utf-8'])
  })

  it('serves index.html for folders, redirects folders without a slash, and answers 404 with the site’s page', async () => {
    const home = await fetch(server!.url)
    expect(await home.text()).toContain('<html lang="ru"')
    const bare = await fetch(new URL('recommendations/messengers', server!.url), {redirect: 'manual'})
    expect([bare.status, bare.headers.get('location')]).toEqual([301, '/recommendations/messengers/'])
    const missing = await fetch(new URL('no/such/page/', server!.url))
    expect(missing.status).toBe(404)
    const body = await missing.text()
    expect(body).toBe((await readFile(path.join(out, 'site', '404.html'), 'utf8')).replace('</head>', '<script src="/__samizdat/live.js" defer></script></head>'))
  })

  it('refuses every spelling of a path out of the site folder', async () => {
    for (const raw of ['/../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E/secret.txt', '/..%2fsecret.txt', '/cards/..%2f..%2fsecret.txt', '/.%2e/secret.txt', '/..\\secret.txt', '/%00', '/%zz']) {
      const {status, body} = await rawGet(server!.url, raw)
      expect(status, raw).toBe(403)
      expect(body, raw).not.toContain(secret)
    }
    // A doubled slash must not turn the folder redirect into one to another host.
    const {status, body} = await rawGet(server!.url, '//recommendations')
    expect(status).toBe(301)
    expect(body).toBe('moved to /recommendations/\n')
  })

  it('lists the messengers page’s cards and leaflets, each one served', async () => {
    const response = await fetch(new URL('__samizdat/preview?page=/recommendations/messengers/', server!.url))
    expect(response.status).toBe(200)
    const preview = (await response.json()) as {page: {title: string}; cards: Array<{url: string}>; leaflets: Array<{url: string}>}
    expect(preview.page.title).toBe('Мессенджеры')
    const sizes = (slug: string) => ['og', 'square', 'story'].map((size) => `/cards/${slug}-${size}.png`)
    expect(preview.cards.map((c) => c.url)).toEqual(['/cards/pages/recommendations-messengers-og.png', ...sizes('signal'), ...sizes('session'), ...sizes('briar')])
    expect(preview.leaflets.map((l) => l.url)).toEqual(['/leaflets/pages/recommendations-messengers.pdf', '/leaflets/signal.pdf', '/leaflets/session.pdf', '/leaflets/briar.pdf'])
    for (const {url} of [...preview.cards, ...preview.leaflets]) {
      const file = await fetch(new URL(url.slice(1), server!.url))
      expect([url, file.status, file.headers.get('content-type')]).toEqual([url, 200, url.endsWith('.png') ? 'image/png' : 'application/pdf'])
    }
    // A recommendation's own page lists its own files only.
    const signal = (await (await fetch(new URL('__samizdat/preview?page=/recommendations/messengers/signal/', server!.url))).json()) as typeof preview
    expect([...signal.cards, ...signal.leaflets].map((f) => f.url)).toEqual([...sizes('signal'), '/leaflets/signal.pdf'])
    expect((await fetch(new URL('__samizdat/preview?page=/nope/', server!.url))).status).toBe(404)
  })

  it('rebuilds an edited page, tells open pages to reload, and names its cards and leaflets', async () => {
    await server!.idle()
    const events = await EventStream.open(new URL('__samizdat/events', server!.url).href)
    try {
      const marker = `Правка ${Date.now()}`
      const before = stdout.length
      const text = await readFile(messengers(), 'utf8')
      await writeFile(messengers(), text.replace('## **Что такое мессенджер?**', `## **Что такое мессенджер?**\n\n${marker}`))
      const building = (await within(events.next('building'), 30_000, 'building event')) as {files: string[]}
      expect(building.files).toEqual(['docs/recommendations/messengers.md'])
      const reload = (await within(events.next('reload'), 60_000, 'reload event')) as {rendered: string[]}
      expect(reload.rendered).toContain('page:recommendations/messengers.md')
      expect(reload.rendered).not.toContain('page:index.md')
      expect(await (await fetch(new URL('recommendations/messengers/', server!.url))).text()).toContain(marker)
      const printed = stdout.slice(before)
      expect(printed).toMatch(/built in \d+\.\d\d s: parsed 1 page, 1 unchanged from the cache; rendered recommendations\/messengers\.md/)
      expect(printed).toContain(`  page ${server!.url}recommendations/messengers/ (Мессенджеры)\n`)
      expect(printed).toContain(`  card ${server!.url}cards/signal-og.png\n`)
      expect(printed).toContain(`  leaflet ${server!.url}leaflets/pages/recommendations-messengers.pdf\n`)
    } finally {
      events.close()
    }
  }, 120_000)

  it('indexes the edited site for search with the Pagefind process it kept, byte for byte as a clean build does', async () => {
    await server!.idle()
    // The first build's index and the edit's came from one Pagefind process (kept between
    // builds); an index that kept pages from the one before would differ from a clean build's.
    expect(await readFile(messengers(), 'utf8')).toContain('Правка ')
    const clean = path.join(work, 'clean')
    const io = {stdout: {write: () => true}, stderr: {write: () => true}, cwd: work}
    expect(await main(['build', content, '--out', clean], io)).toBe(0)
    const index = async (site: string) => {
      const files = (await readdir(path.join(site, 'pagefind'), {recursive: true, withFileTypes: true})).filter((e) => e.isFile())
      return new Map(await Promise.all(files.map(async (e) => [path.relative(site, path.join(e.parentPath, e.name)), (await readFile(path.join(e.parentPath, e.name))).toString('base64')] as const)))
    }
    const built = await index(path.join(clean, 'site'))
    expect(built.size).toBeGreaterThan(3)
    expect(await index(path.join(out, 'site'))).toEqual(built)
  }, 120_000)

  it('keeps the last good site served when the content breaks, and shows the error to every page', async () => {
    await server!.idle()
    const events = await EventStream.open(new URL('__samizdat/events', server!.url).href)
    const good = await readFile(messengers(), 'utf8')
    const served = await (await fetch(new URL('recommendations/messengers/', server!.url))).text()
    try {
      await writeFile(messengers(), good.replace('icon: material/message-text-outline', 'icon: "open'))
      const failure = (await within(events.next('build-error'), 60_000, 'build-error event')) as {errors: string[]}
      expect(failure.errors.join('\n')).toMatch(/^docs\/recommendations\/messengers\.md:2:\d+: error: front matter is not valid YAML: .+ \[front-matter\]$/m)
      expect(stderr).toMatch(/^content\/docs\/recommendations\/messengers\.md:2:\d+: error: front matter is not valid YAML/m)
      expect(stderr).toMatch(/not rebuilt \(.*\d+ errors?.*\) in \d+\.\d\d s; still serving the last good site/)
      expect(await (await fetch(new URL('recommendations/messengers/', server!.url))).text()).toBe(served)

      // A page opened while the content is broken learns why at once.
      const late = await EventStream.open(new URL('__samizdat/events', server!.url).href)
      try {
        expect(((await within(late.next('build-error'), 5_000, 'remembered error')) as {errors: string[]}).errors).toEqual(failure.errors)
      } finally {
        late.close()
      }

      await writeFile(messengers(), good)
      await within(events.next('reload'), 60_000, 'reload after the fix')
    } finally {
      events.close()
      await writeFile(messengers(), good)
    }
  }, 150_000)

  it('ignores output, dependency and dot folders and editor backups', () => {
    for (const file of ['dist/site/index.html', 'node_modules/x/index.md', '.git/index', 'docs/.page.md.swp', 'docs/page.md~', 'docs/4913', 'out/site/a.html']) {
      expect(isIgnored(file, ['out']), file).toBe(true)
    }
    for (const file of ['docs/index.md', 'samizdat.yml', 'docs/assets/icons/x.svg', 'outline/page.md']) expect(isIgnored(file, ['out']), file).toBe(false)
  })
})

describe('samizdat dev on content that never built', () => {
  it('serves a page that explains, then the site once the content is fixed', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'samizdat-dev-'))
    let server: DevServer | undefined
    let events: EventStream | undefined
    try {
      await writeFile(path.join(work, 'index.md'), '---\ntitle: "open\n---\n\n# Главная\n')
      const io = {stdout: {write: () => true}, stderr: {write: () => true}, cwd: work}
      server = await within(startDevServer({dir: work, out: path.join(work, 'site-out'), port: 0, debounceMs: 50}, io), 60_000, 'first build')
      const waiting = await fetch(server.url)
      expect(waiting.status).toBe(404)
      const html = await waiting.text()
      expect(html).toContain('Not built yet')
      expect(html).toContain('<script src="/__samizdat/live.js" defer></script>')
      events = await EventStream.open(new URL('__samizdat/events', server.url).href)
      expect(((await within(events.next('build-error'), 5_000, 'remembered error')) as {errors: string[]}).errors[0]).toMatch(/^index\.md:2:\d+: error: /)

      // The output folder sits inside the content here: its writes must not trigger builds.
      await writeFile(path.join(work, 'index.md'), '---\ntitle: Главная\n---\n\nТекст.\n')
      const reload = (await within(events.next('reload'), 60_000, 'reload after the fix')) as {rendered: string[]}
      expect(reload.rendered).toContain('page:index.md')
      expect(await (await fetch(server.url)).text()).toContain('Текст.')
      await within(server.idle(), 30_000, 'idle server (a rebuild loop?)')
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(server.builds).toBe(2)
    } finally {
      events?.close()
      await server?.close()
      await rm(work, {recursive: true, force: true})
    }
  }, 150_000)
})

describe('RebuildQueue', () => {
  it('never runs two builds at once, and gathers the changes made during one', async () => {
    let running = 0
    let most = 0
    const batches: string[][] = []
    const queue = new RebuildQueue(async (changed) => {
      running++
      most = Math.max(most, running)
      batches.push(changed)
      await new Promise((resolve) => setTimeout(resolve, 20))
      running--
    })
    queue.request(['a.md'])
    await new Promise((resolve) => setTimeout(resolve, 5))
    queue.request(['b.md'])
    queue.request(['c.md', 'b.md'])
    await within(queue.idle(), 5_000, 'idle queue')
    expect(most).toBe(1)
    expect(batches).toEqual([['a.md'], ['b.md', 'c.md']])
    expect(queue.busy).toBe(false)
  })
})
