import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {contentType} from '@samizdat/output'
import type {Asset} from './types.js'

/**
 * Read the referenced files once and embed them, so that renderers need nothing but the
 * bundle. Only files the pages reference are read: a large docs folder costs nothing extra.
 */
export async function embedAssets(docsDir: string, used: Iterable<string>): Promise<Record<string, Asset>> {
  const assets: Record<string, Asset> = {}
  for (const key of [...new Set(used)].sort()) {
    const bytes = await readFile(path.join(docsDir, ...key.split('/')))
    assets[key] = {
      path: key,
      mime: contentType(key),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      data: bytes.toString('base64')
    }
  }
  return assets
}
