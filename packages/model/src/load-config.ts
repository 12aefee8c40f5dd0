import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {isMessageKey, placeholders, en, type MessageOverrides} from '@samizdat/messages'
import {diagnostic} from './diagnostic.js'
import {pathPatterns, type PathPatterns} from './path-patterns.js'
import {defaultSlugify, slugifyFromConfig, unicodeSlugify, type SlugifySpec} from './slugify.js'
import type {SnippetOptions} from './snippets.js'
import type {Diagnostic, ExtraScript} from './types.js'
import {isPythonTag, isRecord, isRelativeTag, readConfig, type ConfigFile, type ReadConfigOptions} from './yaml-config.js'

/** A nav entry as configured: a page path (or external URL) with an optional title, or a section. */
export interface NavConfigEntry {
  title: string | null
  target: string | null
  children: NavConfigEntry[] | null
  line: number
  column: number
  /** The config file the entry is written in (an INHERITed one, perhaps). */
  file: string
}

/** What a content folder's config says, whichever kind of folder it is. */
export interface ProjectConfig {
  kind: 'samizdat' | 'mkdocs' | 'bare'
  /** The config file, relative to the project folder (`samizdat.yml`, `mkdocs.yml`), or null for a bare folder. */
  file: string | null
  /** Every config file read, absolute (an INHERITed one may be outside the project). */
  files: string[]
  name: string
  description: string
  url: string | null
  language: string
  /** Absolute path of the Markdown pages. */
  docsDir: string
  /** Absolute path MkDocs would build into (`site_dir`, default `site/`); null when the project is not an MkDocs one. */
  siteDir: string | null
  /** `use_directory_urls`: pages at `a/b/` (true) or `a/b.html`. */
  directoryUrls: boolean
  /** Absolute paths of custom icon sets (`<set>/<name>.svg`), in order: the first to name an icon wins. */
  iconDirs: string[]
  /** The theme's `custom_dir`: its static files are served at the site root. */
  staticDir: string | null
  /** `extra_css` and `extra_javascript` as written (site-root-relative paths), with their place in the list. */
  extraCss: Array<{path: string; index: number}>
  extraJavascript: Array<Omit<ExtraScript, 'asset'> & {path: string; index: number}>
  /** Pages left out of the build (`exclude_docs`, plus MkDocs' own `.*` and `/templates/`). */
  excludeDocs: PathPatterns
  /** Pages that are meant not to be in the nav (`not_in_nav`). */
  notInNav: PathPatterns
  /** Heading ids: `toc`'s `slugify`, `separator`, `toc_depth`, `permalink`. */
  toc: {slugify: SlugifySpec; separator: string; depth: [number, number]; permalink: string | null}
  /** `pymdownx.tabbed`'s id settings, for the content tabs' ids. */
  tabbed: {slugify: SlugifySpec | null; combineHeaderSlug: boolean; separator: string}
  /** `pymdownx.snippets`, when the project uses it (always on for Samizdat and bare folders). */
  snippets: SnippetOptions | null
  /** The site's own strings over the catalogue's (`messages:` / `extra.samizdat.messages`). */
  messages: MessageOverrides
  nav: NavConfigEntry[] | null
  /** `publish_active_files: true` (`extra.samizdat.publish_active_files` in mkdocs.yml): HTML and script files linked from pages are published as they are. */
  publishActiveFiles: boolean
  /** Where a setting is written (`['extra_css', 0]`), for diagnostics about it. */
  place(keys: ReadonlyArray<string | number>): {file: string; line: number; column: number}
}

/** Options of {@link loadConfig}. */
export type LoadConfigOptions = ReadConfigOptions

const samizdatKeys = new Set(['site_name', 'site_description', 'site_url', 'language', 'docs_dir', 'icons_dir', 'nav', 'messages', 'snippets', 'publish_active_files'])

// mkdocs.yml keys Samizdat reads. The others are MkDocs' own business: each gets a note.
const mkdocsKeys = new Set([
  'site_name', 'site_description', 'site_url', 'docs_dir', 'site_dir', 'nav', 'not_in_nav', 'exclude_docs',
  'use_directory_urls', 'theme', 'extra_css', 'extra_javascript', 'markdown_extensions', 'extra'
])

// Why some keys we do not use matter less than they look.
const mkdocsKeyNotes: Record<string, string> = {
  hooks: 'hooks are Python code run by MkDocs; Samizdat does not run them, so what they add to pages (shortcodes, generated text) is not there',
  plugins: 'MkDocs plugins are Python code; Samizdat does not run them (its own search, social cards and offline site need none)'
}

// Markdown extensions whose syntax the dialect reads (see packages/mkdocs-markdown); the rest get a note.
const knownExtensions = new Set([
  'abbr', 'admonition', 'attr_list', 'def_list', 'footnotes', 'md_in_html', 'tables', 'toc', 'meta', 'sane_lists', 'smarty', 'extra', 'fenced_code',
  'pymdownx.arithmatex', 'pymdownx.betterem', 'pymdownx.caret', 'pymdownx.critic', 'pymdownx.details', 'pymdownx.emoji', 'pymdownx.highlight',
  'pymdownx.inlinehilite', 'pymdownx.keys', 'pymdownx.mark', 'pymdownx.smartsymbols', 'pymdownx.snippets', 'pymdownx.superfences',
  'pymdownx.tabbed', 'pymdownx.tasklist', 'pymdownx.tilde', 'pymdownx.escapeall', 'pymdownx.saneheaders', 'material.extensions.emoji'
])

/**
 * Read a content folder's config: `samizdat.yml`, else an MkDocs project's `mkdocs.yml` (read as
 * MkDocs reads it, see `yaml-config.ts`), else treat the folder as a bare folder of Markdown pages.
 */
export async function loadConfig(dir: string, options: LoadConfigOptions = {}): Promise<{config: ProjectConfig; diagnostics: Diagnostic[]}> {
  const root = path.resolve(dir)
  for (const [file, kind] of [['samizdat.yml', 'samizdat'], ['samizdat.yaml', 'samizdat'], ['mkdocs.yml', 'mkdocs'], ['mkdocs.yaml', 'mkdocs']] as const) {
    const text = await readFile(path.join(root, file), 'utf8').catch(() => null)
    if (text !== null) return fromYaml(root, file, kind, await readConfig(root, file, text, options))
  }
  // Without a config, a `docs/` folder is the pages (MkDocs' default), else the folder itself.
  const docs = path.join(root, 'docs')
  const docsDir = (await stat(docs).catch(() => null))?.isDirectory() === true ? docs : root
  return {config: {...defaults(root, 'bare', null, docsDir), snippets: snippetDefaults(root)}, diagnostics: []}
}

function defaults(root: string, kind: ProjectConfig['kind'], file: string | null, docsDir: string): ProjectConfig {
  return {
    kind,
    file,
    files: [],
    name: titleFromFolder(root),
    description: '',
    url: null,
    language: kind === 'mkdocs' ? 'en' : 'ru',
    docsDir,
    siteDir: null,
    directoryUrls: true,
    iconDirs: [],
    staticDir: null,
    extraCss: [],
    extraJavascript: [],
    excludeDocs: () => false,
    notInNav: () => false,
    // MkDocs' default is Python-Markdown's ASCII slugify; Samizdat's own folders keep every script's letters.
    toc: {slugify: kind === 'mkdocs' ? defaultSlugify : unicodeSlugify, separator: '-', depth: [1, 6], permalink: null},
    tabbed: {slugify: null, combineHeaderSlug: false, separator: '-'},
    snippets: null,
    messages: {},
    nav: null,
    publishActiveFiles: false,
    place: () => ({file: file ?? '.', line: 1, column: 1})
  }
}

function snippetDefaults(root: string): SnippetOptions {
  return {basePaths: [root], autoAppend: [], checkPaths: false, restrictBasePath: true, dedentSubsections: false}
}

function fromYaml(root: string, file: string, kind: 'samizdat' | 'mkdocs', read: ConfigFile) {
  const diagnostics = [...read.diagnostics]
  const data = read.value
  const at = (...keys: Array<string | number>) => read.place(keys)
  const warn = (keys: Array<string | number>, message: string, severity: Diagnostic['severity'] = 'warning') => {
    const place = at(...keys)
    diagnostics.push(diagnostic(place.file, place, severity, message, 'config'))
  }
  const str = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null)

  for (const key of Object.keys(data)) {
    if (kind === 'samizdat') {
      if (!samizdatKeys.has(key)) warn([key], `unknown key "${key}" (known keys: ${[...samizdatKeys].join(', ')})`)
    } else if (!mkdocsKeys.has(key)) {
      warn([key], mkdocsKeyNotes[key] ?? `"${key}" is MkDocs configuration Samizdat does not use; it is ignored`, 'note')
    }
  }

  const theme = isRecord(data['theme']) ? data['theme'] : {}
  const docsDir = path.resolve(root, str(data['docs_dir']) ?? 'docs')
  const config = defaults(root, kind, file, docsDir)
  config.place = read.place
  config.files = read.files
  config.name = str(data['site_name']) ?? config.name
  config.description = str(data['site_description']) ?? ''
  const url = str(data['site_url'])
  config.url = url === null ? null : url.endsWith('/') ? url : `${url}/`
  config.language = str(data['language']) ?? str(theme['language']) ?? config.language
  config.nav = Array.isArray(data['nav']) ? readNav(data['nav'], ['nav'], read, diagnostics) : null
  // A config that could not be read already has its error: its keys are not missing.
  if (str(data['site_name']) === null && !read.diagnostics.some((d) => d.severity === 'error')) warn([], 'site_name is not set: add `site_name: My guide`')
  if (url !== null && !/^https?:\/\/[^/]+/.test(url)) {
    warn(['site_url'], `site_url must be an absolute http(s) URL, got "${url}"`, 'error')
    config.url = null
  }

  if (kind === 'samizdat') {
    config.iconDirs = [path.resolve(root, str(data['icons_dir']) ?? 'icons')]
    config.snippets = {...snippetDefaults(root), ...snippetOptions(root, data['snippets'], ['snippets'], warn)}
    config.messages = messageOverrides(data['messages'], ['messages'], warn)
    config.publishActiveFiles = data['publish_active_files'] === true
    return {config, diagnostics}
  }

  // MkDocs: paths are relative to the config file's folder.
  config.siteDir = path.resolve(root, str(data['site_dir']) ?? 'site')
  config.directoryUrls = data['use_directory_urls'] !== false
  const customDir = str(theme['custom_dir'])
  if (customDir !== null) {
    config.staticDir = path.resolve(root, customDir)
    config.iconDirs.push(path.join(config.staticDir, '.icons'))
  }
  config.excludeDocs = pathPatterns(['.*', '/templates/', ...patternLines(data['exclude_docs'])])
  config.notInNav = pathPatterns(patternLines(data['not_in_nav']))
  const extra = isRecord(data['extra']) ? data['extra'] : {}
  const ours = isRecord(extra['samizdat']) ? extra['samizdat'] : {}
  config.messages = messageOverrides(ours['messages'], ['extra', 'samizdat', 'messages'], warn)
  // Under `extra`, where MkDocs keeps settings for others without a complaint.
  config.publishActiveFiles = ours['publish_active_files'] === true

  const styles = Array.isArray(data['extra_css']) ? data['extra_css'] : []
  styles.forEach((entry, index) => {
    const target = str(entry)
    if (target === null) return
    if (isRemote(target)) warn(['extra_css', index], `extra_css ${target} is dropped: the site makes no request to another origin; save the file in the project and list that`)
    else config.extraCss.push({path: target, index})
  })
  const scripts = Array.isArray(data['extra_javascript']) ? data['extra_javascript'] : []
  scripts.forEach((entry, index) => {
    const script: Record<string, unknown> = isRecord(entry) ? entry : {path: entry}
    const target = str(script['path'])
    if (target === null) return
    if (isRemote(target)) warn(['extra_javascript', index], `extra_javascript ${target} is dropped: the site makes no request to another origin; save the file in the project and list that`)
    else config.extraJavascript.push({path: target, index, module: script['type'] === 'module', async: script['async'] === true, defer: script['defer'] === true})
  })

  readExtensions(root, data['markdown_extensions'], read, config, warn)
  return {config, diagnostics}
}

type Warn = (keys: Array<string | number>, message: string, severity?: Diagnostic['severity']) => void

// `markdown_extensions` is a list of names and `{name: options}`, or (so INHERIT can merge it) a mapping.
function readExtensions(root: string, value: unknown, read: ConfigFile, config: ProjectConfig, warn: Warn): void {
  const entries: Array<{name: string; options: Record<string, unknown>; keys: Array<string | number>}> = []
  if (Array.isArray(value)) {
    value.forEach((entry, index) => {
      if (typeof entry === 'string') entries.push({name: entry, options: {}, keys: ['markdown_extensions', index]})
      else if (isRecord(entry) && Object.keys(entry).length === 1) {
        const [name, options] = Object.entries(entry)[0]!
        entries.push({name, options: isRecord(options) ? options : {}, keys: ['markdown_extensions', index, name]})
      }
    })
  } else if (isRecord(value)) {
    for (const [name, options] of Object.entries(value)) entries.push({name, options: isRecord(options) ? options : {}, keys: ['markdown_extensions', name]})
  }
  let snippets = false
  for (const {name: written, options, keys} of entries) {
    const name = written.replace(/^markdown\.extensions\./, '')
    if (!knownExtensions.has(name)) {
      warn(keys, `markdown extension ${written} is not one Samizdat reads; what it adds to pages stays as written`, 'note')
      continue
    }
    const slug = (key: string): SlugifySpec | null | undefined => {
      if (!(key in options)) return undefined
      const spec = slugifyFromConfig(options[key])
      if (spec === null) {
        const named = isPythonTag(options[key]) ? options[key].name : String(options[key])
        warn([...keys, key], `${written} slugify ${named} is not one Samizdat knows (Python-Markdown's toc.slugify and slugify_unicode, pymdownx.slugs); ids use Python-Markdown's default, so links to them may differ`)
      }
      return spec
    }
    if (name === 'toc') {
      config.toc.slugify = slug('slugify') ?? config.toc.slugify
      if (typeof options['separator'] === 'string') config.toc.separator = options['separator']
      const permalink = options['permalink']
      config.toc.permalink = permalink === true ? '¶' : typeof permalink === 'string' && permalink !== '' ? permalink : null
      config.toc.depth = tocDepth(options['toc_depth']) ?? config.toc.depth
    } else if (name === 'pymdownx.tabbed') {
      config.tabbed.slugify = slug('slugify') ?? null
      config.tabbed.combineHeaderSlug = options['combine_header_slug'] === true
      if (typeof options['separator'] === 'string') config.tabbed.separator = options['separator']
    } else if (name === 'pymdownx.emoji' || name === 'material.extensions.emoji') {
      // Samizdat draws emoji as Twemoji and icons as inline SVG, as Material's own settings do.
      for (const [key, expected] of [['emoji_index', /(?:^|\.)twemoji$/], ['emoji_generator', /(?:^|\.)to_svg$/]] as const) {
        const value = options[key]
        if (isPythonTag(value) && !expected.test(value.name)) warn([...keys, key], `${key} ${value.name}: Samizdat draws emoji as Twemoji and icons as inline SVG (Material's twemoji and to_svg)`, 'note')
      }
      const folders = isRecord(options['options']) ? options['options']['custom_icons'] : undefined
      for (const folder of Array.isArray(folders) ? folders : []) if (typeof folder === 'string') config.iconDirs.push(path.resolve(root, folder))
    } else if (name === 'pymdownx.snippets') {
      snippets = true
      config.snippets = {...snippetDefaults(root), basePaths: [root], ...snippetOptions(root, options, keys, warn, config.docsDir)}
    }
  }
  if (!snippets) config.snippets = null
}

function snippetOptions(root: string, value: unknown, keys: Array<string | number>, warn: Warn, docsDir = root): Partial<SnippetOptions> {
  if (!isRecord(value)) return {}
  const options: Partial<SnippetOptions> = {}
  const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v])
  if ('base_path' in value) {
    options.basePaths = list(value['base_path']).flatMap((base): Array<string | 'page'> => {
      if (isRelativeTag(base)) return base.relative === 'page' ? ['page'] : [path.resolve(base.relative === 'docs_dir' ? docsDir : root, base.path)]
      return typeof base === 'string' ? [path.resolve(root, base)] : []
    })
  }
  if ('auto_append' in value) options.autoAppend = list(value['auto_append']).filter((v): v is string => typeof v === 'string')
  if (typeof value['check_paths'] === 'boolean') options.checkPaths = value['check_paths']
  if (typeof value['restrict_base_path'] === 'boolean') options.restrictBasePath = value['restrict_base_path']
  if (typeof value['dedent_subsections'] === 'boolean') options.dedentSubsections = value['dedent_subsections']
  if (value['url_download'] === true) warn([...keys, 'url_download'], 'url_download is off in Samizdat: snippets come only from the project\'s own files', 'note')
  return options
}

function messageOverrides(value: unknown, keys: Array<string | number>, warn: Warn): MessageOverrides {
  if (value === undefined || value === null) return {}
  if (!isRecord(value)) {
    warn(keys, 'messages must map message keys to strings: `messages: {toc: On this page}`')
    return {}
  }
  const overrides: MessageOverrides = {}
  for (const [key, text] of Object.entries(value)) {
    if (!isMessageKey(key)) {
      warn([...keys, key], `unknown message key "${key}"; the keys are listed in packages/messages/src/catalogue.ts`)
    } else if (typeof text !== 'string') {
      warn([...keys, key], `message "${key}" must be a string`)
    } else if (placeholders(text).join() !== placeholders(en[key]).join()) {
      warn([...keys, key], `message "${key}" must use the placeholders ${placeholders(en[key]).map((p) => `{${p}}`).join(', ') || '(none)'}, as the catalogue's does`)
    } else {
      overrides[key] = text
    }
  }
  return overrides
}

// `toc_depth: 3` (levels 1 to 3) or `"2-4"`.
function tocDepth(value: unknown): [number, number] | null {
  if (typeof value === 'number' && value >= 1) return [1, Math.min(6, Math.floor(value))]
  const range = typeof value === 'string' ? /^\s*(\d)\s*-\s*(\d)\s*$/.exec(value) : null
  return range ? [Number(range[1]), Number(range[2])] : null
}

function patternLines(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\r?\n/)
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function isRemote(target: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith('//')
}

// Reads the nav keeping each entry's place, since nav problems are reported where they are written.
function readNav(items: unknown[], keys: Array<string | number>, read: ConfigFile, diagnostics: Diagnostic[]): NavConfigEntry[] {
  const entries: NavConfigEntry[] = []
  items.forEach((item, index) => {
    const place = read.place([...keys, index])
    const base = {line: place.line, column: place.column, file: place.file}
    if (typeof item === 'string') {
      entries.push({title: null, target: item, children: null, ...base})
    } else if (isRecord(item) && Object.keys(item).length === 1) {
      const [title, value] = Object.entries(item)[0]!
      if (typeof value === 'string') entries.push({title, target: value, children: null, ...base})
      else if (Array.isArray(value)) entries.push({title, target: null, children: readNav(value, [...keys, index, title], read, diagnostics), ...base})
      else diagnostics.push(diagnostic(place.file, place, 'warning', `nav entry "${title}" must name a page or hold a list of entries`, 'nav'))
    } else {
      diagnostics.push(diagnostic(place.file, place, 'warning', 'nav entries are `- page.md`, `- Title: page.md` or `- Section: [entries]`', 'nav'))
    }
  })
  return entries
}

function titleFromFolder(root: string): string {
  const base = path.basename(root)
  return base.charAt(0).toUpperCase() + base.slice(1)
}
