import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {expect} from 'vitest'

/**
 * Compare `actual` with the expected file beside a fixture. A missing expected file is
 * written (first run) and every one is rewritten with UPDATE=1; review the diff either way.
 */
export function expectFixture(file: string, actual: string): void {
  if (process.env['UPDATE'] === '1' || !existsSync(file)) {
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, actual)
    return
  }
  expect(actual).toBe(readFileSync(file, 'utf8'))
}
