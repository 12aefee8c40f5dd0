import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import {contentType} from '@samizdat/output'
import type {Asset} from './types.js'

/**
 * Read the referenced files once and embed them, so that renderers need nothing but the
 * bundle. Only files the pages reference are read: a large docs folder costs nothing extra.
 * `source` says where a key's file is (the docs folder, or the theme's custom_dir).
 */
export async function embedAssets(source: (key: string) => string, used: Iterable<string>): Promise<Record<string, Asset>> {
  const assets: Record<string, Asset> = {}
  for (const key of [...new Set(used)].sort()) {
    const bytes = await readFile(source(key))
    assets[key] = {
      path: key,
      mime: contentType(key),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      data: bytes.toString('base64')
    }
  }
  return assets
}
