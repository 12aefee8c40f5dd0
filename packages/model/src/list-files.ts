import {readdir} from 'node:fs/promises'
import path from 'node:path'

/**
 * Every file under `dir`, as sorted `/`-separated relative paths. Hidden entries and
 * `node_modules` are skipped. Read once per build: link and asset checks look paths up
 * in this list instead of touching the disk for each reference.
 */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true}).catch(() => [])
  const files: string[] = []
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
    if (relative.split('/').some((part) => part.startsWith('.') || part === 'node_modules')) continue
    files.push(relative)
  }
  return files.sort()
}

// MkDocs copies a theme folder's files except these (its `add_files_from_theme` filter).
const notStatic = /(?:^|\/)\.|\.(?:py|pyc|html|md|markdown|mdown|mkdn|mkd)$|readme|^locales\/|^mkdocs_theme\.yml$/i

/**
 * The static files of a theme's `custom_dir`, which MkDocs serves at the site root: everything
 * but templates (`*.html`), Python, Markdown, read-mes, translations and dot files (`.icons/`).
 */
export async function listStaticFiles(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((file) => !notStatic.test(file))
}
