import {existsSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {UsageError} from './io.js'

// The guide that ships with Samizdat, when the command runs from the repository: apps/cli/dist/ → ../../../content.
const bundledContent = fileURLToPath(new URL('../../../content/', import.meta.url))
const configFiles = ['samizdat.yml', 'samizdat.yaml', 'mkdocs.yml', 'mkdocs.yaml']

/**
 * The folder a command works on: the one given; else the current folder when it is a project
 * (it has samizdat.yml or mkdocs.yml: `npx samizdat build` in an MkDocs repository builds it);
 * else the guide bundled in the repository; else the current folder.
 */
export function contentDir(given: string | undefined, cwd: string): string {
  if (given !== undefined) {
    const dir = path.resolve(cwd, given)
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`no such folder: ${given}`)
    return dir
  }
  if (configFiles.some((file) => existsSync(path.join(cwd, file)))) return cwd
  // Only the repository's own guide: an installed CLI has no content/ beside it.
  return existsSync(path.join(bundledContent, 'samizdat.yml')) ? path.resolve(bundledContent) : cwd
}
