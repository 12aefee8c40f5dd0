import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const repository = fileURLToPath(new URL('../../', import.meta.url))

/**
 * The folder of a shared test corpus (real content by other people, never copied into the
 * repository): `$SAMIZDAT_CORPORA/NAME`, else `../shared/corpora/NAME` beside the repository,
 * else `/work/shared/corpora/NAME`. Throws, saying where it looked, when none exists.
 */
export function corpus(name: string): string {
  const roots = [process.env['SAMIZDAT_CORPORA'], path.resolve(repository, '../shared/corpora'), '/work/shared/corpora'].filter((r): r is string => r !== undefined && r !== '')
  for (const root of roots) {
    const dir = path.join(root, name)
    if (existsSync(dir)) return dir
  }
  throw new Error(`The test corpus ${name} is missing: looked in ${roots.map((r) => path.join(r, name)).join(', ')}. Set SAMIZDAT_CORPORA to the folder that holds the shared corpora.`)
}
