import {cp, readdir} from 'node:fs/promises'
import path from 'node:path'
import type {SiteBundle} from '@samizdat/model'
import {renderCards} from '@samizdat/render-cards'
import {renderHtml} from '@samizdat/render-html'
import {renderPdf} from '@samizdat/render-pdf'

/** The outputs `samizdat build` can write. */
export type OutputName = 'html' | 'pdf' | 'cards'

/** One renderer as the build runs it: into an empty folder that then replaces `out/folder`. */
export interface Renderer {
  name: OutputName
  folder: string
  render(bundle: SiteBundle, dir: string, context: {out: string}): Promise<{files: string[]}>
}

// Cards and leaflets come first: the site serves copies of them (for Open Graph images and
// downloads), and links only to the ones that exist, so it never has a dead link.
export const renderers: Renderer[] = [
  {name: 'cards', folder: 'cards', render: (bundle, dir) => renderCards(bundle, dir)},
  {name: 'pdf', folder: 'leaflets', render: (bundle, dir) => renderPdf(bundle, dir)},
  {
    name: 'html',
    folder: 'site',
    async render(bundle, dir, {out}) {
      const cards = path.join(out, 'cards')
      const leaflets = path.join(out, 'leaflets')
      const [cardFiles, leafletFiles] = [await listFiles(cards), await listFiles(leaflets)]
      const result = await renderHtml(bundle, dir, {cardFiles, leafletFiles})
      if (cardFiles.length > 0) await cp(cards, path.join(dir, 'cards'), {recursive: true})
      if (leafletFiles.length > 0) await cp(leaflets, path.join(dir, 'leaflets'), {recursive: true})
      return result
    }
  }
]

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true}).catch(() => [])
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
}
