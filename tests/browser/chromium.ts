import {mkdtemp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {chromium, type BrowserContext, type BrowserContextOptions} from 'playwright-core'

/** Debian's Chromium, headless, with a fresh profile and nothing that talks to Google (`options`: e.g. JavaScript off). */
export async function launchChromium(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const profile = await mkdtemp(path.join(tmpdir(), 'samizdat-chromium-'))
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    ...options,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
}
