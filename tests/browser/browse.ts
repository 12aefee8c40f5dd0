import {mkdir} from 'node:fs/promises'
import type {BrowserContext} from 'playwright-core'
import {launchChromium} from './chromium.js'
import {serveStatic} from './static-server.js'

/** A built site served on 127.0.0.1 and Debian's Chromium to look at it; `close()` ends both. */
export interface Browsing {
  server: {origin: string; close: () => Promise<void>}
  context: BrowserContext
  close(): Promise<void>
}

/** Serve `siteDir`, start Chromium, and make the folder screenshots go to. */
export async function browse(siteDir: string, screenshots: string): Promise<Browsing> {
  const server = await serveStatic(siteDir)
  const context = await launchChromium()
  await mkdir(screenshots, {recursive: true})
  return {
    server,
    context,
    async close() {
      await context.close()
      await server.close()
    }
  }
}
