import {randomBytes} from 'node:crypto'
import {mkdir, rename, rm, stat} from 'node:fs/promises'
import path from 'node:path'

/**
 * Build an output folder without ever leaving a half-written one: `build` writes into a
 * fresh temporary folder beside `dest` (same file system, so the final rename is atomic),
 * which then replaces `dest`. If `build` throws, `dest` keeps its previous contents.
 */
export async function writeOutputDir<T>(dest: string, build: (dir: string) => Promise<T>): Promise<T> {
  const parent = path.dirname(path.resolve(dest))
  await mkdir(parent, {recursive: true})
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`
  const temporary = path.join(parent, `.${path.basename(dest)}.tmp-${suffix}`)
  await mkdir(temporary)
  let result: T
  try {
    result = await build(temporary)
  } catch (error) {
    await rm(temporary, {recursive: true, force: true})
    throw error
  }
  const old = path.join(parent, `.${path.basename(dest)}.old-${suffix}`)
  const existed = await exists(dest)
  if (existed) await rename(dest, old)
  try {
    await rename(temporary, dest)
  } catch (error) {
    // Put the previous output back rather than leave nothing.
    if (existed) await rename(old, dest)
    await rm(temporary, {recursive: true, force: true})
    throw error
  }
  if (existed) await rm(old, {recursive: true, force: true})
  return result
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file)
    return true
  } catch {
    return false
  }
}
