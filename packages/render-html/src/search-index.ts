import {readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {writeFileIn} from '@samizdat/output'
import * as pagefind from 'pagefind'

/** Where the index goes, inside the site. */
export const searchFolder = 'pagefind'

// Pagefind also ships ready-made search interfaces; the site has its own small one
// (assets/search.js), so only the index and the search library are kept.
const unused = /^(?:pagefind-(?:ui|modular-ui|component-ui|highlight)\.|playground\/)/

// The mark of a page with text to index (the layout's `searchable`); a page's own text cannot
// fake it, since the text is escaped inside `<main>`.
const searchable = /<main [^>]*\bdata-pagefind-body\b/

// The site navigation repeats on every page and Pagefind skips it (`data-pagefind-ignore`), but
// still parses it: on a site of 500 pages it is most of the HTML. Cutting it out first gives
// the same index in well under half the time.
const navigation = /<nav class="site-nav"[^>]*>[\s\S]*?<\/nav>/

// Folders that hold no page of ours: the index itself, our own files, copied cards and leaflets.
const notPages = /^(?:pagefind|_samizdat|cards|leaflets)\//

/**
 * Build the Pagefind index of the site in `dir` into `dir/pagefind/`; returns the files it
 * wrote, relative to `dir`, sorted. It indexes every page that marks its text with
 * `<main data-pagefind-body>` (not the 404 page), in the language of its `<html lang>`, so
 * Russian words are stemmed as Russian. It reads the pages from disk, so an incremental build
 * runs it after the pages kept from the previous build are back in the folder.
 */
export async function buildSearchIndex(dir: string): Promise<string[]> {
  const {index, errors} = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  let files: Array<{path: string; content: Uint8Array}>
  try {
    for (const file of await htmlFiles(dir)) {
      const html = await readFile(path.join(dir, file), 'utf8')
      if (!searchable.test(html)) continue
      const added = await index.addHTMLFile({sourcePath: file, content: html.replace(navigation, '')})
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`)
    }
    const result = await index.getFiles()
    if (result.errors.length > 0) throw new Error(`Pagefind could not write its index: ${result.errors.join('; ')}`)
    files = result.files
      .map((file) => ({path: `${searchFolder}/${file.path.replace(/^\/+/, '')}`, content: file.content}))
      .filter((file) => !unused.test(file.path.slice(searchFolder.length + 1)))
  } finally {
    await index.deleteIndex()
    await pagefind.close()
  }
  const written = files.map((file) => file.path).sort()
  for (const file of files) await writeFileIn(dir, file.path, file.content)
  return written
}

/** The `.html` files under `dir` that can be pages of the site, `/`-separated, sorted. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !notPages.test(file))
    .sort()
}
