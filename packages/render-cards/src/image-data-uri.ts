import type {Asset} from '@samizdat/model'

// What satori can decode; anything else (a WebP, a PDF) falls back to the monogram.
const drawable = new Set(['image/svg+xml', 'image/png', 'image/jpeg'])

/** An embedded asset as a data URI for satori's `<img>`, or null when satori cannot draw it. */
export function imageDataUri(asset: Asset): string | null {
  return drawable.has(asset.mime) ? `data:${asset.mime};base64,${asset.data}` : null
}
