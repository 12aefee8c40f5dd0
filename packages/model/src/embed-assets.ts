import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import {contentType} from '@samizdat/output'
import {sanitizeSvg} from './sanitize-svg.js'
import type {Asset} from './types.js'

/**
 * Read the referenced files once and embed them, so that renderers need nothing but the
 * bundle. Only files the pages reference are read: a large docs folder costs nothing extra.
 * `source` says where a key's file is (the docs folder, or the theme's custom_dir).
 * SVG files are embedded sanitized (see `sanitizeSvg`): every output publishes or draws that
 * copy, which runs nothing and requests nothing. `onSanitized(key, removed)` hears what went.
 */
export async function embedAssets(source: (key: string) => string, used: Iterable<string>, onSanitized: (key: string, removed: string[]) => void = () => {}): Promise<Record<string, Asset>> {
  const assets: Record<string, Asset> = {}
  for (const key of [...new Set(used)].sort()) {
    let bytes = await readFile(source(key))
    const mime = contentType(key)
    if (mime.startsWith('image/svg+xml')) {
      const {svg, removed} = sanitizeSvg(bytes.toString('utf8'))
      bytes = Buffer.from(svg)
      if (removed.length > 0) onSanitized(key, removed)
    }
    assets[key] = {
      path: key,
      mime,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      data: bytes.toString('base64')
    }
  }
  return assets
}
