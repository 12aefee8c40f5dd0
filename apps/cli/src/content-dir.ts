import {existsSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {UsageError} from './io.js'

// The guide that ships with Samizdat: apps/cli/dist/ → ../../../content.
const bundledContent = fileURLToPath(new URL('../../../content/', import.meta.url))

/** The folder a command works on: the one given, else the bundled content, else the current folder. */
export function contentDir(given: string | undefined, cwd: string): string {
  if (given !== undefined) {
    const dir = path.resolve(cwd, given)
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`no such folder: ${given}`)
    return dir
  }
  return existsSync(bundledContent) ? path.resolve(bundledContent) : cwd
}
