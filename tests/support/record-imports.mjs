// A Node module hook (node:module register) that appends every resolved module URL to the
// file named by RECORD_IMPORTS_TO: what a process really loads, not what its source says.
import {appendFileSync} from 'node:fs'

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context)
  appendFileSync(process.env.RECORD_IMPORTS_TO, `${resolved.url}\n`)
  return resolved
}
