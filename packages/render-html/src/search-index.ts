import {readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'
import type {PagefindIndex} from 'pagefind'
import {writeQueue} from './write-queue.js'

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
    const pages = await htmlFiles(dir)
    // Read the next batch while Pagefind indexes this one. Pagefind's service handles its
    // messages one at a time in the order sent, so the pages still go in in path order
    // (the reproducibility test would see it if a version changed that).
    let adding: Promise<void> = Promise.resolve()
    for (let start = 0; start < pages.length; start += batchSize) {
      const batch = pages.slice(start, start + batchSize)
      const texts = await Promise.all(batch.map((file) => readFile(path.join(dir, file), 'utf8')))
      await adding
      adding = addPages(index, batch, texts)
      adding.catch(() => {}) // awaited on the next round or below; no unhandled rejection meanwhile
    }
    await adding
    const result = await index.getFiles()
    if (result.errors.length > 0) throw new Error(`Pagefind could not write its index: ${result.errors.join('; ')}`)
    files = result.files
      .map((file) => ({path: `${searchFolder}/${file.path.replace(/^\/+/, '')}`, content: file.content}))
      .filter((file) => !unused.test(file.path.slice(searchFolder.length + 1)))
  } finally {
    await index.deleteIndex()
    await pagefind.close()
  }
  const queue = writeQueue(dir)
  try {
    for (const file of files) await queue.add(file.path, file.content)
  } finally {
    await queue.done()
  }
  return files.map((file) => file.path).sort()
}

// Pages read at once and sent to Pagefind before waiting for its answers.
const batchSize = 32

/** Send the searchable pages among `files` (with their `texts`) to Pagefind, without the navigation. */
async function addPages(index: PagefindIndex, files: string[], texts: string[]): Promise<void> {
  const added = files.flatMap((file, i) => {
    const html = texts[i] ?? ''
    if (!searchable.test(html)) return []
    return [index.addHTMLFile({sourcePath: file, content: html.replace(navigation, '')}).then((result) => ({file, result}))]
  })
  for (const {file, result} of await Promise.all(added)) {
    if (result.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${result.errors.join('; ')}`)
  }
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
