import {createHash} from 'node:crypto'
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {ParsedPage} from './parse-page.js'

/**
 * Parsed pages kept between builds, keyed by the page's text and the parser's code, so an
 * unchanged page is read back instead of parsed again (parsing is the costliest stage).
 * One file per page, overwritten when the page changes, so the cache never grows stale.
 */
export class ParseCache {
  constructor(
    private readonly dir: string,
    private readonly parser: string
  ) {}

  /** The cached parse of `file` if its text and the parser are unchanged. */
  async get(file: string, text: string): Promise<ParsedPage | null> {
    try {
      const entry = JSON.parse(await readFile(this.entry(file), 'utf8')) as {key: string; parsed: ParsedPage}
      return entry.key === this.key(file, text) ? entry.parsed : null
    } catch {
      return null
    }
  }

  /** Remember a parse; call before anything mutates the tree. */
  async set(file: string, text: string, parsed: ParsedPage): Promise<void> {
    const target = this.entry(file)
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(`${target}.tmp`, JSON.stringify({key: this.key(file, text), parsed}))
    await rename(`${target}.tmp`, target)
  }

  private key(file: string, text: string): string {
    return createHash('sha256').update(this.parser).update('\u0000').update(file).update('\u0000').update(text).digest('hex')
  }

  private entry(file: string): string {
    return path.join(this.dir, `${createHash('sha256').update(file).digest('hex').slice(0, 32)}.json`)
  }
}
