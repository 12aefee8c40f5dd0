import {mkdir, readFile, writeFile, rename} from 'node:fs/promises'
import path from 'node:path'
import {bundleVersion, type SiteBundle} from './types.js'

/** Read a bundle written by {@link writeBundle}, refusing one from another version of Samizdat. */
export async function readBundle(file: string): Promise<SiteBundle> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new Error(`No site bundle at ${file}: build the content first (npx turbo build, or samizdat bundle)`)
  }
  const bundle = JSON.parse(text) as SiteBundle
  if (bundle.version !== bundleVersion) {
    throw new Error(`${file} is a version ${String(bundle.version)} bundle; this Samizdat reads version ${bundleVersion}: rebuild the content`)
  }
  return bundle
}

/** Write the bundle as JSON, atomically (temp file, then rename), byte-identical for the same content. */
export async function writeBundle(bundle: SiteBundle, file: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), {recursive: true})
  const temporary = `${file}.tmp-${process.pid}`
  await writeFile(temporary, JSON.stringify(bundle))
  await rename(temporary, file)
}
