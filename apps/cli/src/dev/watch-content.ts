import {watch, type FSWatcher} from 'node:fs'
import path from 'node:path'

/** Folders a content watcher never reports: outputs, dependencies, and dot-folders (.git, editors' caches). */
const ignoredNames = new Set(['dist', 'node_modules'])

/**
 * Watch a content folder recursively and call `changed` with the content-relative paths
 * (`/`-separated, sorted) that changed, once per burst of events (`debounceMs` of quiet).
 * Events under `ignore` (the output folder, when it sits inside the content) are dropped.
 */
export function watchContent(root: string, options: {ignore: readonly string[]; debounceMs: number}, changed: (files: string[]) => void): {close(): void} {
  const pending = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  const ignored = options.ignore.map((dir) => path.relative(root, dir)).filter((rel) => rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel))
  const watcher: FSWatcher = watch(root, {recursive: true}, (_event, filename) => {
    if (filename === null) return
    const file = filename.toString().split(path.sep).join('/')
    if (isIgnored(file, ignored)) return
    pending.add(file)
    clearTimeout(timer)
    timer = setTimeout(() => {
      const files = [...pending].sort()
      pending.clear()
      changed(files)
    }, options.debounceMs)
  })
  // A folder that disappears under the watcher is not a reason to stop the server.
  watcher.on('error', () => {})
  return {
    close() {
      clearTimeout(timer)
      watcher.close()
    }
  }
}

/** Whether a content-relative path is one the watcher drops. */
export function isIgnored(file: string, ignoredDirs: readonly string[] = []): boolean {
  const segments = file.split('/')
  // Editors' backup and swap files (`page.md~`, `.page.md.swp`, vim's `4913`) are not content either.
  if (segments.some((s) => s.startsWith('.') || ignoredNames.has(s)) || file.endsWith('~') || /^\d+$/.test(segments.at(-1) ?? '')) return true
  return ignoredDirs.some((dir) => {
    const prefix = dir.split(path.sep).join('/')
    return file === prefix || file.startsWith(`${prefix}/`)
  })
}
