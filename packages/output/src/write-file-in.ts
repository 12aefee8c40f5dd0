import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'

/**
 * Write `data` to `relative` inside `dir`, creating folders on the way. Refuses any path
 * that would land outside `dir`, since output names come from content (slugs, page paths).
 * A caller writing many files passes `folders` (one map for all its writes): each folder is
 * then made once, by a plain `mkdir` after its parent, instead of a recursive `mkdir` per
 * file, whose native call runs on the main thread (a sixth of the HTML stage of a large site).
 */
export async function writeFileIn(dir: string, relative: string, data: string | Uint8Array, folders?: Map<string, Promise<unknown>>): Promise<string> {
  const root = path.resolve(dir)
  const target = path.resolve(root, relative)
  if (target !== root && !target.startsWith(root + path.sep)) {
    throw new Error(`Refusing to write ${JSON.stringify(relative)}: it is outside the output folder ${root}`)
  }
  if (folders === undefined) await mkdir(path.dirname(target), {recursive: true})
  else await makeFolder(path.dirname(target), folders)
  await writeFile(target, data)
  return target
}

function makeFolder(folder: string, folders: Map<string, Promise<unknown>>): Promise<unknown> {
  let made = folders.get(folder)
  if (made === undefined) {
    const parent = path.dirname(folder)
    made =
      parent === folder
        ? Promise.resolve()
        : makeFolder(parent, folders).then(() =>
            mkdir(folder).catch((error: NodeJS.ErrnoException) => {
              if (error.code !== 'EEXIST') throw error
            })
          )
    folders.set(folder, made)
  }
  return made
}
