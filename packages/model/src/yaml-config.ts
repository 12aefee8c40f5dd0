import {readFile, realpath} from 'node:fs/promises'
import path from 'node:path'
import {isAlias, isMap, isScalar, isSeq, LineCounter, type Document, type Node} from 'yaml'
import {diagnostic} from './diagnostic.js'
import type {Diagnostic} from './types.js'
import {firstAlias, maxYamlDepth, parseYaml, tooDeep} from './yaml-data.js'

/**
 * A Python tag from an MkDocs config (`!!python/name:pymdownx.slugs.uslugify`,
 * `!!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}`): never run, only
 * recognised where it names a function we know (see `slugify.ts`).
 */
export interface PythonTag {
  /** `name`, `object/apply`, `object`, `module`, ... */
  python: string
  /** The dotted name after the colon: `pymdownx.slugs.slugify`. */
  name: string
  args: unknown[]
  kwds: Record<string, unknown>
}

/** Whether a config value is a {@link PythonTag}. */
export function isPythonTag(value: unknown): value is PythonTag {
  return typeof value === 'object' && value !== null && typeof (value as PythonTag).python === 'string' && typeof (value as PythonTag).name === 'string'
}

/** MkDocs' `!relative` tag: a path relative to the config (`$config_dir`), the docs or the current page. */
export interface RelativeTag {
  relative: 'page' | 'config_dir' | 'docs_dir'
  /** What follows `$config_dir/`, if anything. */
  path: string
}

/** Whether a config value is a {@link RelativeTag}. */
export function isRelativeTag(value: unknown): value is RelativeTag {
  return typeof value === 'object' && value !== null && typeof (value as RelativeTag).relative === 'string'
}

/** Where a key path of the merged config was written. */
export interface ConfigPlace {
  file: string
  line: number
  column: number
}

/** A config read as MkDocs reads it: plain values, `INHERIT` merged, with where each value came from. */
export interface ConfigFile {
  value: Record<string, unknown>
  /** Where the value at `keys` (`['markdown_extensions', 3]`) was written; the first file that has it. */
  place(keys: ReadonlyArray<string | number>): ConfigPlace
  diagnostics: Diagnostic[]
  /** Every config file read (the INHERITed ones too), absolute: what the config depends on. */
  files: string[]
}

/** Options of {@link readConfig}. */
export interface ReadConfigOptions {
  /** The environment `!ENV` reads. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>>
}

interface Source {
  file: string
  doc: Document
  lines: LineCounter
}

// A config that INHERITs more deeply than this is surely a loop through links or a mistake.
const maxInherit = 10
// Values a config may expand to through aliases: enough for any real config, too few for a "billion laughs".
const maxValues = 100_000

/**
 * Read a YAML config file (`mkdocs.yml`, `samizdat.yml`) the way MkDocs does: YAML 1.1,
 * `!ENV VAR` and `!ENV [VAR, ..., default]` from the environment, `INHERIT: parent.yml`
 * deep-merged under it (mappings merge, anything else the child replaces), Python tags kept
 * as {@link PythonTag}s. `file` is relative to `root`; problems become diagnostics.
 */
export async function readConfig(root: string, file: string, text: string, options: ReadConfigOptions = {}): Promise<ConfigFile> {
  const env = options.env ?? process.env
  const diagnostics: Diagnostic[] = []
  const sources: Source[] = []
  const seen = new Set<string>()

  const load = async (relative: string, content: string, depth: number): Promise<Record<string, unknown>> => {
    // Nesting that would make the YAML parser recurse too deeply is refused before it parses.
    const lines = new LineCounter()
    const parsed = parseYaml(content, {version: '1.1', lineCounter: lines, prettyErrors: false, uniqueKeys: false})
    if ('nesting' in parsed) {
      const {nesting} = parsed
      diagnostics.push(diagnostic(relative, {line: nesting.line, column: nesting.column}, 'error', `${relative} is not valid: ${nesting.error}`, 'config'))
      return {}
    }
    const {doc} = parsed
    const source: Source = {file: relative, doc, lines}
    sources.push(source)
    const at = (offset: number | undefined) => {
      const p = lines.linePos(offset ?? 0)
      return {line: p.line, column: p.col}
    }
    for (const error of doc.errors) {
      diagnostics.push(diagnostic(relative, at(error.pos[0]), 'error', `${relative} is not valid YAML: ${firstLine(error.message)}`, 'config'))
    }
    if (doc.errors.length > 0) return {}
    const budget = {left: maxValues}
    const value = toValue(doc.contents, doc, env, budget, (node, message) => diagnostics.push(diagnostic(relative, at(node?.range?.[0]), 'warning', message, 'config')))
    if (budget.left < 0) {
      diagnostics.push(diagnostic(relative, at(firstAlias(doc)), 'error', `${relative} expands to more than ${maxValues} values through aliases (an alias bomb?); simplify it`, 'config'))
      return {}
    }
    if (tooDeep(value)) {
      diagnostics.push(diagnostic(relative, at(firstAlias(doc)), 'error', `${relative} is not valid: nested more than ${maxYamlDepth} levels deep through aliases`, 'config'))
      return {}
    }
    if (value === null || value === undefined) return {}
    if (!isRecord(value)) {
      diagnostics.push(diagnostic(relative, undefined, 'error', `${relative} must be a mapping of \`key: value\` settings`, 'config'))
      return {}
    }
    const inherit = value['INHERIT']
    delete value['INHERIT']
    if (inherit === undefined || inherit === null) return value
    const place = at(keyRange(doc, 'INHERIT'))
    if (typeof inherit !== 'string' || inherit.trim() === '') {
      diagnostics.push(diagnostic(relative, place, 'error', 'INHERIT must name a config file: `INHERIT: ../base.yml`', 'config'))
      return value
    }
    const parentPath = path.resolve(root, path.dirname(relative), inherit.trim())
    const parentRelative = path.relative(root, parentPath).split(path.sep).join('/')
    if (depth >= maxInherit) {
      diagnostics.push(diagnostic(relative, place, 'error', `INHERIT goes more than ${maxInherit} files deep; flatten the chain`, 'config'))
      return value
    }
    const real = await realpath(parentPath).catch(() => null)
    if (real === null) {
      diagnostics.push(diagnostic(relative, place, 'error', `INHERIT names a file that does not exist: ${inherit} (no file ${parentRelative})`, 'config'))
      return value
    }
    if (seen.has(real)) {
      diagnostics.push(diagnostic(relative, place, 'error', `INHERIT loops back to ${parentRelative}; remove one of the INHERIT lines`, 'config'))
      return value
    }
    seen.add(real)
    const parent = await load(parentRelative, await readFile(real, 'utf8'), depth + 1)
    return merge(parent, value)
  }

  seen.add(await realpath(path.join(root, file)).catch(() => path.join(root, file)))
  const value = await load(file, text, 0)
  return {
    value,
    diagnostics,
    files: [...seen],
    place(keys) {
      for (const source of sources) {
        const offset = pathRange(source.doc, keys)
        if (offset !== undefined) {
          const p = source.lines.linePos(offset)
          return {file: source.file, line: p.line, column: p.col}
        }
      }
      return {file, line: 1, column: 1}
    }
  }
}

/** MkDocs' merge of a parent config under a child: mappings merge key by key, the child's other values replace. */
export function merge(parent: Record<string, unknown>, child: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {...parent}
  for (const [key, value] of Object.entries(child)) {
    const before = result[key]
    result[key] = isRecord(before) && isRecord(value) && !isPythonTag(value) && !isPythonTag(before) ? merge(before, value) : value
  }
  return result
}

type Warn = (node: Node | null | undefined, message: string) => void

const pythonTag = /^tag:yaml\.org,2002:python\/([a-z/]+):(.*)$/

function toValue(node: unknown, doc: Document, env: Readonly<Record<string, string | undefined>>, budget: {left: number}, warn: Warn, plain = false): unknown {
  if (--budget.left < 0) return null
  if (node === null || node === undefined) return null
  if (isAlias(node)) return toValue(node.resolve(doc), doc, env, budget, warn)
  // `plain`: the value under a Python tag, read as an untagged collection.
  const tag = plain ? undefined : (node as Node).tag
  if (tag === '!ENV') return envValue(node as Node, doc, env, budget, warn)
  if (tag === '!relative') {
    const text = isScalar(node) && typeof node.value === 'string' ? node.value.trim() : ''
    const match = /^\$(config_dir|docs_dir)(?:\/(.*))?$/.exec(text)
    return match ? {relative: match[1], path: match[2] ?? ''} : {relative: 'page', path: ''}
  }
  const python = tag === undefined ? null : pythonTag.exec(tag)
  if (python) {
    const inner = isScalar(node) ? null : toValue(node, doc, env, budget, warn, true)
    const kwds = isRecord(inner) && isRecord(inner['kwds']) ? inner['kwds'] : isRecord(inner) && !('args' in inner) ? inner : {}
    const args = Array.isArray(inner) ? inner : isRecord(inner) && Array.isArray(inner['args']) ? inner['args'] : []
    return {python: python[1]!, name: python[2]!, args, kwds} satisfies PythonTag
  }
  if (isScalar(node)) {
    // PyYAML reads a lone `.` (a base path) and `y`/`n` as text; this YAML 1.1 schema would make them NaN and booleans.
    if (typeof node.value === 'number' && Number.isNaN(node.value) && typeof node.source === 'string' && !/^[-+]?\.nan$/i.test(node.source)) return node.source
    if (typeof node.value === 'boolean' && typeof node.source === 'string' && /^[yYnN]$/.test(node.source)) return node.source
    return node.value
  }
  if (isSeq(node)) return node.items.map((item) => toValue(item, doc, env, budget, warn))
  if (isMap(node)) {
    const result: Record<string, unknown> = {}
    const merged: Array<Record<string, unknown>> = []
    for (const pair of node.items) {
      const key = isScalar(pair.key) && pair.key.tag === undefined ? pair.key.value : toValue(pair.key, doc, env, budget, warn)
      const value = toValue(pair.value, doc, env, budget, warn)
      // YAML 1.1 merge keys (`<<: *defaults`): the mapping's own keys win.
      if (key === '<<' || (typeof key === 'symbol' && String(key).includes('<<'))) {
        for (const source of Array.isArray(value) ? value : [value]) if (isRecord(source)) merged.push(source)
        continue
      }
      result[String(key)] = value
    }
    return merged.length === 0 ? result : Object.assign({}, ...merged.reverse(), result)
  }
  return null
}

// pyyaml-env-tag: a scalar names one variable; in a sequence every item but the last names
// one, and the last is the default. The first variable that is set wins, typed as YAML would.
function envValue(node: Node, doc: Document, env: Readonly<Record<string, string | undefined>>, budget: {left: number}, warn: Warn): unknown {
  let names: unknown[]
  let fallback: unknown = null
  if (isScalar(node)) names = [node.value]
  else if (isSeq(node)) {
    const items = node.items
    names = (items.length > 1 ? items.slice(0, -1) : items).map((item) => (isScalar(item) ? item.value : null))
    if (items.length > 1) fallback = toValue(items.at(-1), doc, env, budget, warn)
  } else {
    warn(node, '!ENV takes a variable name or a list `[VAR, ..., default]`')
    return null
  }
  for (const name of names) {
    if (typeof name !== 'string') continue
    const value = env[name]
    if (value !== undefined) return implicitScalar(value)
  }
  return fallback
}

/** An environment value typed as PyYAML types a plain scalar: booleans, null, numbers, else the text. */
function implicitScalar(text: string): unknown {
  if (/^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/.test(text)) return true
  if (/^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/.test(text)) return false
  if (/^(?:~|null|Null|NULL|)$/.test(text)) return null
  if (/^[-+]?(?:0|[1-9][0-9_]*)$/.test(text)) return Number(text.replaceAll('_', ''))
  if (/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+][0-9]+)?$/.test(text) && /[0-9]/.test(text)) return Number(text.replaceAll('_', ''))
  return text
}

function pathRange(doc: Document, keys: ReadonlyArray<string | number>): number | undefined {
  let node: unknown = doc.contents
  let offset: number | undefined
  for (const key of keys) {
    if (isAlias(node)) node = node.resolve(doc)
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key))
      if (pair === undefined) return undefined
      offset = (pair.key as Node).range?.[0]
      node = pair.value
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined
      if (item === undefined) return undefined
      offset = item.range?.[0]
      node = item
    } else {
      return undefined
    }
  }
  return offset
}

function keyRange(doc: Document, key: string): number | undefined {
  return pathRange(doc, [key])
}

/** Whether a value is a plain mapping. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}
