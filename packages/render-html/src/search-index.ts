import {createHash} from 'node:crypto'
import {readFileSync, statSync} from 'node:fs'
import {copyFile, link, mkdir, readFile, readdir, rename, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {PagefindIndex} from 'pagefind'
import {writeQueue} from './write-queue.js'

/** Options of {@link buildSearchIndex}. */
export interface SearchIndexOptions {
  /**
   * Reuse an earlier index: `record` is a file where the digest of what was indexed is kept
   * (with each page's file identity and digest, so a page kept from the last build is not read
   * again), `from` the site folder that holds that index. When Pagefind would get the very
   * same pages (same paths, same text, same Pagefind), the earlier files are linked instead of
   * indexing again: Pagefind's output depends only on what it is given.
   */
  reuse?: {from: string; record: string}
  /**
   * Leave Pagefind's process and this index running for the next call (a long-lived caller
   * such as `samizdat dev`, which then stops it with {@link closeSearchService}): when the next
   * site has the same pages, only the ones whose text changed are indexed again. Default:
   * stopped once the index is written.
   */
  keepService?: boolean
}

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
export async function buildSearchIndex(dir: string, options: SearchIndexOptions = {}): Promise<string[]> {
  const pages = await htmlFiles(dir)
  // A batch of pages at a time, so a large site is never all in memory.
  const batches = async function* (files: readonly string[]) {
    for (let start = 0; start < files.length; start += batchSize) {
      const batch = files.slice(start, start + batchSize)
      yield searchInputs(batch, await Promise.all(batch.map((file) => readFile(path.join(dir, file), 'utf8'))))
    }
  }
  const keep = options.keepService === true
  let digest = ''
  let known: Record<string, PageRecord> = {}
  if (options.reuse !== undefined) {
    const record = await readRecord(options.reuse.record)
    ;({digest, pages: known} = pagesDigest(dir, pages, record?.pages ?? {}))
    const reused = record === null ? null : await reuseIndex(dir, digest, record, options.reuse.from)
    if (reused !== null) return reused
  } else if (keep) ({pages: known} = pagesDigest(dir, pages, {}))
  // What Pagefind gets of each searchable page (by the sha256 of its input), in path order.
  const inputs = new Map(Object.entries(known).flatMap(([file, page]) => (page.sha === null ? [] : [[file, page.sha] as const])))
  // Loaded only when there is something to index.
  const pagefind = await import('pagefind')
  loaded = pagefind
  const build = async (index: PagefindIndex, files: readonly string[]) => {
    // Pagefind's service handles its messages one at a time in the order sent, so the pages
    // go in in path order (the reproducibility test would see it if a version changed that).
    for await (const batch of batches(files)) await addPages(index, batch)
    const result = await index.getFiles()
    if (result.errors.length > 0) throw new Error(`Pagefind could not write its index: ${result.errors.join('; ')}`)
    return result.files
      .map((file) => ({path: `${searchFolder}/${file.path.replace(/^\/+/, '')}`, content: file.content}))
      .filter((file) => !unused.test(file.path.slice(searchFolder.length + 1)))
  }
  let files: Array<{path: string; content: Uint8Array}> | undefined
  // The index kept from the last call holds the same pages: only those whose text changed go
  // in again. Pagefind puts a page added again in its old one's place, so the index is the
  // one a new index of every page gives; a page added or removed makes a new index.
  const last = keep ? takeKept(inputs) : undefined
  if (last !== undefined) {
    files = await build(last, [...inputs.keys()].filter((file) => kept?.pages.get(file) !== inputs.get(file))).catch(async () => {
      // Its process ended (or the index is gone): a new index below.
      await last.deleteIndex().catch(() => undefined)
      return undefined
    })
    if (files !== undefined) kept = {index: last, pages: inputs}
    else kept = undefined
  }
  if (files === undefined) {
    const index = await newIndex(pagefind, keep)
    try {
      files = await build(index, pages)
      if (keep) kept = {index, pages: inputs}
    } finally {
      if (kept?.index !== index) await index.deleteIndex()
      if (!keep) await closeSearchService()
    }
  }
  const queue = writeQueue(dir)
  try {
    for (const file of files) await queue.add(file.path, file.content)
  } finally {
    await queue.done()
  }
  if (options.reuse !== undefined) {
    await writeRecord(options.reuse.record, {version: 2, digest, files: Object.fromEntries(files.map((file) => [file.path, sha256(file.content)])), pages: known})
  }
  return files.map((file) => file.path).sort()
}

// Pagefind's module, once a build has loaded it: what closeSearchService stops.
let loaded: typeof import('pagefind') | undefined

// The index the last call with `keepService` left on Pagefind's process: the pages it holds,
// by path, with the sha256 of what Pagefind was given of each.
let kept: {index: PagefindIndex; pages: ReadonlyMap<string, string>} | undefined

// The kept index when it holds the very pages (same paths, same order) that `inputs` does; else
// it is deleted, and undefined.
function takeKept(inputs: ReadonlyMap<string, string>): PagefindIndex | undefined {
  const last = kept
  if (last === undefined) return undefined
  const files = [...inputs.keys()]
  const same = last.pages.size === files.length && [...last.pages.keys()].every((file, i) => file === files[i])
  if (same) return last.index
  kept = undefined
  void last.index.deleteIndex().catch(() => undefined)
  return undefined
}

/** Stop the Pagefind process that {@link buildSearchIndex} left running with `keepService` (if any). */
export async function closeSearchService(): Promise<void> {
  kept = undefined
  await loaded?.close()
}

// A new index on Pagefind's process. A process kept from an earlier index may have ended since
// (Pagefind's module then refuses every message): it is replaced once.
async function newIndex(pagefind: typeof import('pagefind'), kept: boolean): Promise<PagefindIndex> {
  const attempt = () => pagefind.createIndex({}).catch((error: unknown) => ({index: undefined, errors: [String((error as Error)?.message ?? error)]}))
  let {index, errors} = await attempt()
  if (!index && kept) {
    await pagefind.close()
    ;({index, errors} = await attempt())
  }
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  return index
}

/** What the record keeps of a page: the file it was (inode, size, mtime) and the sha256 of what Pagefind got of it (null: not searchable). */
interface PageRecord {
  ino: string
  size: number
  mtime: string
  sha: string | null
}

interface IndexRecord {
  version: 2
  /** Of everything Pagefind was given: its version, each page's path and input. */
  digest: string
  /** The index's files and their sha256. */
  files: Record<string, string>
  pages: Record<string, PageRecord>
}

/**
 * The digest of what Pagefind would be given. A page that is the very file the last index
 * read (same inode, size and mtime: a page kept from the last build is a hard link to it) is
 * not read again; only the pages written anew are, so an unchanged index costs a `stat` per page.
 */
function pagesDigest(dir: string, pages: readonly string[], known: Readonly<Record<string, PageRecord>>): {digest: string; pages: Record<string, PageRecord>} {
  const h = createHash('sha256').update(`pagefind@${pagefindVersion()}\u0000`)
  const now: Record<string, PageRecord> = {}
  for (const file of pages) {
    const full = path.join(dir, file)
    const state = statSync(full, {bigint: true})
    const identity = {ino: state.ino.toString(), size: Number(state.size), mtime: state.mtimeNs.toString()}
    const before = known[file]
    let sha: string | null
    if (before !== undefined && before.ino === identity.ino && before.size === identity.size && before.mtime === identity.mtime) sha = before.sha
    else {
      const [input] = searchInputs([file], [readFileSync(full, 'utf8')])
      sha = input === undefined ? null : sha256(Buffer.from(input.html))
    }
    now[file] = {...identity, sha}
    h.update(file).update('\u0000').update(sha ?? '-').update('\u0000')
  }
  return {digest: h.digest('hex'), pages: now}
}
// Pages sent to Pagefind before waiting for its answers.
const batchSize = 32

/** What Pagefind is given: each searchable page's path and its HTML without the navigation, in path order. */
function searchInputs(files: string[], texts: string[]): Array<{file: string; html: string}> {
  return files.flatMap((file, i) => {
    const html = texts[i] ?? ''
    return searchable.test(html) ? [{file, html: html.replace(navigation, '')}] : []
  })
}

// The installed Pagefind's version: a new one may index the same pages differently.
function pagefindVersion(): string {
  try {
    const manifest = createRequire(import.meta.url)('pagefind/package.json') as {version?: string}
    return manifest.version ?? '?'
  } catch {
    return '?'
  }
}

// Link the earlier index into `dir` when it indexed exactly these inputs and is still whole.
async function reuseIndex(dir: string, digest: string, record: IndexRecord, from: string): Promise<string[] | null> {
  if (record.digest !== digest || typeof record.files !== 'object' || record.files === null) return null
  const files = Object.entries(record.files as Record<string, unknown>)
  if (!files.every(([f, sha]) => typeof sha === 'string' && f.startsWith(`${searchFolder}/`) && !f.split('/').includes('..'))) return null
  try {
    // Only the very files that index wrote: a build that failed after writing the record left
    // the older index in place, and that one is not reused.
    for (const [file, sha] of files) {
      if (sha256(await readFile(path.join(from, file))) !== sha) return null
    }
    for (const [file] of files) {
      const target = path.join(dir, file)
      await mkdir(path.dirname(target), {recursive: true})
      await link(path.join(from, file), target).catch(() => copyFile(path.join(from, file), target))
    }
  } catch {
    return null
  }
  return files.map(([file]) => file).sort()
}

async function readRecord(file: string): Promise<IndexRecord | null> {
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as IndexRecord
    return record.version === 2 && typeof record.pages === 'object' && record.pages !== null ? record : null
  } catch {
    return null
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

async function writeRecord(file: string, record: IndexRecord): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true})
  await writeFile(`${file}.tmp`, JSON.stringify(record))
  await rename(`${file}.tmp`, file)
}

/** Send pages to Pagefind and wait for every answer. */
async function addPages(index: PagefindIndex, pages: ReadonlyArray<{file: string; html: string}>): Promise<void> {
  const added = pages.map(({file, html}) => index.addHTMLFile({sourcePath: file, content: html}).then((result) => ({file, result})))
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
