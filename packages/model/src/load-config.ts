import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {LineCounter, parseDocument, type Document} from 'yaml'
import {diagnostic} from './diagnostic.js'
import type {Diagnostic} from './types.js'
import {yamlData} from './yaml-data.js'

/** A nav entry as configured: a page path (or external URL) with an optional title, or a section. */
export interface NavConfigEntry {
  title: string | null
  target: string | null
  children: NavConfigEntry[] | null
  line: number
  column: number
}

/** What a content folder's config says, whichever kind of folder it is. */
export interface ProjectConfig {
  kind: 'samizdat' | 'mkdocs' | 'bare'
  /** The config file, relative to the project folder (`samizdat.yml`, `mkdocs.yml`), or null for a bare folder. */
  file: string | null
  name: string
  description: string
  url: string | null
  language: string
  /** Absolute path of the Markdown pages. */
  docsDir: string
  /** Absolute path of custom icon sets (`<set>/<name>.svg`), or null. */
  iconsDir: string | null
  nav: NavConfigEntry[] | null
  /** `publish_active_files: true`: HTML and script files linked from pages are published as they are. */
  publishActiveFiles: boolean
}

const samizdatKeys = new Set(['site_name', 'site_description', 'site_url', 'language', 'docs_dir', 'icons_dir', 'nav', 'publish_active_files'])
// mkdocs.yml keys that mean something to us; the rest are MkDocs' own business.
const mkdocsKeys = new Set(['site_name', 'site_description', 'site_url', 'docs_dir', 'nav', 'theme', 'publish_active_files'])

/**
 * Read a content folder's config: `samizdat.yml`, else an MkDocs project's `mkdocs.yml`,
 * else treat the folder as a bare folder of Markdown pages.
 */
export async function loadConfig(dir: string): Promise<{config: ProjectConfig; diagnostics: Diagnostic[]}> {
  const root = path.resolve(dir)
  for (const [file, kind] of [['samizdat.yml', 'samizdat'], ['samizdat.yaml', 'samizdat'], ['mkdocs.yml', 'mkdocs'], ['mkdocs.yaml', 'mkdocs']] as const) {
    const text = await readFile(path.join(root, file), 'utf8').catch(() => null)
    if (text !== null) return fromYaml(root, file, kind, text)
  }
  // Without a config, a `docs/` folder is the pages (MkDocs' default), else the folder itself.
  const docs = path.join(root, 'docs')
  const docsDir = (await stat(docs).catch(() => null))?.isDirectory() === true ? docs : root
  return {
    config: {kind: 'bare', file: null, name: titleFromFolder(root), description: '', url: null, language: 'ru', docsDir, iconsDir: null, nav: null, publishActiveFiles: false},
    diagnostics: []
  }
}

function fromYaml(root: string, file: string, kind: 'samizdat' | 'mkdocs', text: string) {
  const diagnostics: Diagnostic[] = []
  const lineCounter = new LineCounter()
  // MkDocs configs are full of `!!python/name:` tags: unknown tags are fine, we only read plain keys.
  const doc = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: false})
  const at = (offset: number | undefined) => {
    const p = lineCounter.linePos(offset ?? 0)
    return {line: p.line, column: p.col}
  }
  for (const error of doc.errors) {
    diagnostics.push(diagnostic(file, at(error.pos[0]), 'error', `${file} is not valid YAML: ${firstLine(error.message)}`, 'config'))
  }
  // Aliases limited, nesting bounded, no tag runs code: a hostile config is an error, never an exception.
  const read = doc.errors.length === 0 ? yamlData(doc) : {value: {}}
  if ('error' in read) diagnostics.push(diagnostic(file, at(read.offset), 'error', `${file} is not valid: ${read.error}`, 'config'))
  const data: Record<string, unknown> = 'value' in read && isRecord(read.value) ? read.value : {}
  const known = kind === 'samizdat' ? samizdatKeys : mkdocsKeys
  for (const key of Object.keys(data)) {
    if (known.has(key)) continue
    const place = at(keyOffset(doc, key))
    if (kind === 'samizdat') diagnostics.push(diagnostic(file, place, 'warning', `unknown key "${key}" (known keys: ${[...samizdatKeys].join(', ')})`, 'config'))
    else diagnostics.push(diagnostic(file, place, 'note', `"${key}" is MkDocs configuration Samizdat does not use; it is ignored`, 'config'))
  }
  const theme = isRecord(data['theme']) ? data['theme'] : {}
  const str = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null)
  const docsDir = path.resolve(root, str(data['docs_dir']) ?? 'docs')
  const customDir = kind === 'mkdocs' ? str(theme['custom_dir']) : null
  const iconsDir =
    kind === 'samizdat' ? path.resolve(root, str(data['icons_dir']) ?? 'icons') : customDir === null ? null : path.resolve(root, customDir, '.icons')
  const url = str(data['site_url'])
  const navNode = doc.get('nav', true)
  const config: ProjectConfig = {
    kind,
    file,
    name: str(data['site_name']) ?? titleFromFolder(root),
    description: str(data['site_description']) ?? '',
    url: url === null ? null : url.endsWith('/') ? url : `${url}/`,
    language: str(data['language']) ?? str(theme['language']) ?? 'ru',
    docsDir,
    iconsDir,
    nav: Array.isArray(data['nav']) ? readNav(navNode, at, file, diagnostics) : null,
    publishActiveFiles: data['publish_active_files'] === true
  }
  // A config that could not be read already has its error: its keys are not missing.
  if (str(data['site_name']) === null && 'value' in read && doc.errors.length === 0) diagnostics.push(diagnostic(file, undefined, 'warning', 'site_name is not set: add `site_name: My guide`', 'config'))
  if (url !== null && !/^https?:\/\/[^/]+/.test(url)) {
    diagnostics.push(diagnostic(file, at(keyOffset(doc, 'site_url')), 'error', `site_url must be an absolute http(s) URL, got "${url}"`, 'config'))
    config.url = null
  }
  return {config, diagnostics}
}

type At = (offset: number | undefined) => {line: number; column: number}

// Reads the nav from the YAML nodes rather than plain values so each entry keeps its position.
function readNav(node: unknown, at: At, file: string, diagnostics: Diagnostic[]): NavConfigEntry[] {
  const entries: NavConfigEntry[] = []
  const items = isYamlSeq(node) ? node.items : []
  for (const item of items) {
    const offset = rangeStart(item)
    const {line, column} = at(offset)
    if (isYamlScalar(item) && typeof item.value === 'string') {
      entries.push({title: null, target: item.value, children: null, line, column})
    } else if (isYamlMap(item) && item.items.length === 1) {
      const pair = item.items[0]!
      const title = isYamlScalar(pair.key) ? String(pair.key.value) : ''
      if (isYamlScalar(pair.value) && typeof pair.value.value === 'string') entries.push({title, target: pair.value.value, children: null, line, column})
      else if (isYamlSeq(pair.value)) entries.push({title, target: null, children: readNav(pair.value, at, file, diagnostics), line, column})
      else diagnostics.push(diagnostic(file, {line, column}, 'warning', `nav entry "${title}" must name a page or hold a list of entries`, 'nav'))
    } else {
      diagnostics.push(diagnostic(file, {line, column}, 'warning', 'nav entries are `- page.md`, `- Title: page.md` or `- Section: [entries]`', 'nav'))
    }
  }
  return entries
}

interface YamlNode {
  range?: [number, number, number] | null
}
interface YamlScalar extends YamlNode {
  value: unknown
}
interface YamlSeq extends YamlNode {
  items: unknown[]
}
interface YamlMap extends YamlNode {
  items: Array<{key: unknown; value: unknown}>
}
function isYamlScalar(node: unknown): node is YamlScalar {
  return isRecord(node) && 'value' in node && !('items' in node)
}
function isYamlSeq(node: unknown): node is YamlSeq {
  return isRecord(node) && Array.isArray(node['items']) && (node['items'] as unknown[]).every((i) => !(isRecord(i) && 'key' in i))
}
function isYamlMap(node: unknown): node is YamlMap {
  return isRecord(node) && Array.isArray(node['items']) && (node['items'] as unknown[]).every((i) => isRecord(i) && 'key' in i)
}
function rangeStart(node: unknown): number | undefined {
  return isRecord(node) && Array.isArray(node['range']) ? (node['range'][0] as number) : undefined
}
function keyOffset(doc: Document, key: string): number | undefined {
  const contents = doc.contents
  if (!isYamlMap(contents)) return undefined
  const pair = contents.items.find((p) => isYamlScalar(p.key) && p.key.value === key)
  return pair === undefined ? undefined : rangeStart(pair.key)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}

function titleFromFolder(root: string): string {
  const base = path.basename(root)
  return base.charAt(0).toUpperCase() + base.slice(1)
}
