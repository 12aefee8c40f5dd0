import {mkdir} from 'node:fs/promises'
import axe from 'axe-core'
import type {BrowserContext, Page} from 'playwright-core'
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

/** The serious and critical axe-core violations of the page open in `tab`, one `rule: targets` line each. */
export async function seriousAxeViolations(tab: Page): Promise<string[]> {
  // Evaluated through DevTools, so the page's CSP (scripts from 'self' only) does not block it.
  await tab.evaluate(axe.source)
  return tab.evaluate(async () => {
    const result = await (window as unknown as {axe: typeof axe}).axe.run(document)
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
}
