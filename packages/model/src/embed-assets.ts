import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Asset} from './types.js'

const mimeTypes: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain'
}

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
      mime: mimeTypes[path.extname(key).toLowerCase()] ?? 'application/octet-stream',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      data: bytes.toString('base64')
    }
  }
  return assets
}
