import * as pagefind from 'pagefind'

/** A page to index: the file it is served from and its HTML. */
export interface IndexedPage {
  file: string
  html: string
}

// Pagefind also ships ready-made search interfaces; the site has its own small one
// (assets/search.js), so only the index and the search library are kept.
const unused = /^(?:pagefind-(?:ui|modular-ui|component-ui|highlight)\.|playground\/)/

/**
 * The Pagefind index of the given pages, as files for `pagefind/` (path → bytes). Pages
 * are indexed in memory by their `<main data-pagefind-body>`, in the language of their
 * `<html lang>`, so Russian words are stemmed as Russian.
 */
export async function buildSearchIndex(pages: IndexedPage[]): Promise<Array<{path: string; content: Uint8Array}>> {
  const {index, errors} = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    for (const page of pages) {
      const added = await index.addHTMLFile({sourcePath: page.file, content: page.html})
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.file}: ${added.errors.join('; ')}`)
    }
    const result = await index.getFiles()
    if (result.errors.length > 0) throw new Error(`Pagefind could not write its index: ${result.errors.join('; ')}`)
    return result.files
      .map((file) => ({path: file.path.replace(/^\/+/, ''), content: file.content}))
      .filter((file) => !unused.test(file.path))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  } finally {
    await index.deleteIndex()
    await pagefind.close()
  }
}
