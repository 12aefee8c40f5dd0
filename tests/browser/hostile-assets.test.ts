import {execFile} from 'node:child_process'
import {mkdir, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import type {BrowserContext} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchChromium} from './chromium.js'
import {serveStatic} from './static-server.js'

// A guide whose docs folder holds a hostile SVG logo and a hostile HTML file, both linked from
// pages: built by the real CLI, served without any header (so nothing but the files themselves
// can keep them inert), and opened in Chromium. Every script in them would request /pwned-….
const root = fileURLToPath(new URL('../../', import.meta.url))
const run = promisify(execFile)

const hostileSvg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100" onload="fetch('/pwned-svg-onload')">
  <script>fetch('/pwned-svg-script')</script>
  <rect width="100" height="100" fill="#2a7" onclick="fetch('/pwned-svg-click')"/>
  <a xlink:href="javascript:fetch('/pwned-svg-link')"><circle cx="50" cy="50" r="30" fill="#fff"/></a>
  <foreignObject width="100" height="100"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:fetch('/pwned-svg-iframe')"></iframe></foreignObject>
  <set attributeName="onmouseover" to="fetch('/pwned-svg-set')"/>
  <image href="https://tracker.invalid/pixel.png" width="1" height="1"/>
</svg>
`
const hostileHtml = `<!doctype html><title>x</title><script>fetch('/pwned-html')</script><img src=x onerror="fetch('/pwned-html-img')">`

let context: BrowserContext
let server: {origin: string; close: () => Promise<void>}
let site: string
let stderr: string

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'samizdat-hostile-'))
  await mkdir(path.join(dir, 'docs'))
  await writeFile(path.join(dir, 'samizdat.yml'), 'site_name: Hostile\nsite_url: https://hostile.example/\nlanguage: en\n')
  await writeFile(path.join(dir, 'docs', 'logo.svg'), hostileSvg)
  await writeFile(path.join(dir, 'docs', 'evil.html'), hostileHtml)
  await writeFile(
    path.join(dir, 'docs', 'index.md'),
    '# Home\n\nSee [the demo](evil.html) and the [logo](logo.svg).\n\n![Logo](logo.svg)\n\n<p>The <a href="evil.html">same demo</a> from raw HTML.</p>\n\n### Product\n\n!!! recommendation ""\n    ![Product](logo.svg){ width="100" }\n    A product.\n\n    [Site](https://example.org){ .md-button .md-button--primary }\n'
  )
  const out = path.join(dir, 'out')
  const result = await run(process.execPath, [path.join(root, 'apps/cli/dist/bin.js'), 'build', dir, '--only', 'html', '--out', out]).catch((error: {stderr: string; code: number}) => error)
  stderr = result.stderr
  site = path.join(out, 'site')
  server = await serveStatic(site)
  context = await launchChromium()
})

afterAll(async () => {
  await context?.close()
  await server?.close()
})

describe('hostile files in the docs folder', () => {
  it('says what the build did with each file', () => {
    expect(stderr).toMatch(/docs\/index\.md:3:5: warning: evil\.html is not published: an HTML or script file in the docs folder would run its scripts on the site's origin.*\[active-content\]/)
    // Raw HTML links to it are held to the same rule.
    expect(stderr).toMatch(/docs\/index\.md:7:8: warning: evil\.html is not published: .*\[active-content\]/)
    expect(stderr).toMatch(/docs\/logo\.svg:1:1: warning: this SVG is published without its active or external content \(.*script.*svg@onLoad.*\)/)
  })

  it('publishes the SVG without anything that runs or reaches out, and not the HTML file', async () => {
    const svg = await readFile(path.join(site, 'logo.svg'), 'utf8')
    expect(svg).not.toMatch(/script|onload|onclick|foreignObject|javascript:|<set|tracker\.invalid/i)
    expect(svg).toContain('<rect')
    await expect(readFile(path.join(site, 'evil.html'))).rejects.toThrow()
  })

  it('runs no script when the pages, the SVG and the HTML file are opened in Chromium', async () => {
    const requests: string[] = []
    const dialogs: string[] = []
    for (const url of ['/', '/product/', '/logo.svg', '/evil.html']) {
      const tab = await context.newPage()
      tab.on('request', (request) => requests.push(request.url()))
      tab.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      await tab.goto(server.origin + url, {waitUntil: 'networkidle'})
      // Hover and click everything an event handler could hang on.
      for (const selector of ['svg', 'rect', 'circle', 'img', 'a']) {
        for (const element of await tab.$$(selector)) {
          await element.hover({force: true, timeout: 1000}).catch(() => {})
        }
      }
      await tab.close()
    }
    expect(requests.filter((url) => url.includes('pwned') || !url.startsWith(server.origin))).toEqual([])
    expect(dialogs).toEqual([])
    // The pages did load the sanitized logo.
    expect(requests).toContain(`${server.origin}/logo.svg`)
  })
})
