import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'

/**
 * Write `data` to `relative` inside `dir`, creating folders on the way. Refuses any path
 * that would land outside `dir`, since output names come from content (slugs, page paths).
 */
export async function writeFileIn(dir: string, relative: string, data: string | Uint8Array): Promise<string> {
  const root = path.resolve(dir)
  const target = path.resolve(root, relative)
  if (target !== root && !target.startsWith(root + path.sep)) {
    throw new Error(`Refusing to write ${JSON.stringify(relative)}: it is outside the output folder ${root}`)
  }
  await mkdir(path.dirname(target), {recursive: true})
  await writeFile(target, data)
  return target
}
