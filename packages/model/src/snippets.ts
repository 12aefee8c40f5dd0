import {realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {diagnostic} from './diagnostic.js'
import type {Diagnostic} from './types.js'

/** `pymdownx.snippets` as a project configures it. */
export interface SnippetOptions {
  /** Absolute folders snippet paths are relative to, tried in order; `page` is the page's own folder (`!relative`). */
  basePaths: Array<string | 'page'>
  /** Paths of snippets appended to every page (`auto_append`): a glossary of abbreviations, link references. */
  autoAppend: string[]
  /** A missing snippet is an error rather than a warning. */
  checkPaths: boolean
  /** A path must stay inside the base path it is found from (pymdownx's default). */
  restrictBasePath: boolean
  /** Remove the common indentation of a section or line range. */
  dedentSubsections: boolean
}

/** Where a line of the text that was parsed came from. */
export interface LineOrigin {
  /** Relative to the project folder, `/`-separated. */
  file: string
  /** 1-based line in that file. */
  line: number
  /** Columns added in front of the line (the indentation of the `--8<--` that included it). */
  shift: number
}

/** A page with its snippets in place, and where each of its lines came from. */
export interface ExpandedPage {
  text: string
  /** One entry per line of `text`; `null` when the page includes nothing (every line is its own). */
  origins: LineOrigin[] | null
  /** The snippet files the page includes, relative to the project, sorted. */
  snippets: string[]
  diagnostics: Diagnostic[]
}

/** What {@link expandSnippets} needs besides the page: the project, and a reader shared by every page of a build. */
export interface SnippetContext {
  /** The project folder: no snippet is ever read from outside it. */
  root: string
  /** Read a file's text (cached across pages by the caller). Only called for files inside the project. */
  read(file: string): Promise<string>
}

// A snippet line: `--8<-- "file.md"` (the path quoted), or `--8<--` alone opening or closing a
// block of paths; `;` in front escapes it. As pymdownx.snippets matches them.
const snippetLine = /^(?<space>[ \t]*)(?<escape>;*)(?:(?<inline>-+8<-+[ \t]+)(?<quoted>"(?:\\"|[^"\n\r])+?"|'(?:\\'|[^'\n\r])+?')(?![ \t])|(?<block>-+8<-+)(?![ \t]))\r?$/
// A section marker inside a snippet file: `--8<-- [start:name]` ... `--8<-- [end:name]`, often in a comment.
const sectionMarker = /^(?<pre>.*?)(?<escape>;*)(?<marker>-+8<-+[ \t]+)(?<section>\[[ \t]*(?<type>start|end)[ \t]*:[ \t]*(?<name>[a-z][-_0-9a-z]*)[ \t]*\])(?<post>.*?)$/i
// `file.md:3:5`, `file.md:3`, `file.md::5`, `file.md:3:5,9:12`, `file.md:section-name`.
const fileSpec = /^(?<file>.*?)(?::(?<ranges>\d*(?::\d*)?(?:,\d*(?::\d*)?)*)|:(?<section>[a-z][-_0-9a-z]*))?$/i

/** Nesting deeper than this is an error: a real include chain is a few files deep. */
const maxDepth = 16

/**
 * Put a page's snippets in place before it is parsed, as pymdownx.snippets does: `--8<-- "file"`
 * lines (with `:start:end` line ranges or `:section` names), `--8<--` blocks of paths, the
 * `auto_append` files at the end, snippets inside snippets; `;--8<--` is kept as text without its
 * `;`. A path that leaves the project is an error at the line that names it, and the file is not
 * opened; a missing one is a warning (an error under `check_paths`).
 */
export async function expandSnippets(text: string, page: {file: string; dir: string}, options: SnippetOptions, context: SnippetContext): Promise<ExpandedPage> {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''))
  const diagnostics: Diagnostic[] = []
  const used = new Set<string>()
  const root = path.resolve(context.root)
  const realRoot = await realpath(root).catch(() => root)
  // Cheap path for the usual page: nothing to include.
  if (options.autoAppend.length === 0 && !text.includes('8<')) return {text, origins: null, snippets: [], diagnostics}

  const out: string[] = []
  const origins: LineOrigin[] = []
  const emit = (line: string, origin: LineOrigin) => {
    out.push(line)
    origins.push(origin)
  }

  // Resolve a snippet path: the first base it exists under. Never reads, and never stats a path outside the project.
  const locate = async (written: string): Promise<{file: string} | {leaves: true} | null> => {
    let leaves = false
    for (const base of options.basePaths) {
      const folder = base === 'page' ? page.dir : base
      const candidate = path.resolve(folder, written)
      if (outside(root, candidate)) {
        leaves = true
        continue
      }
      if (options.restrictBasePath && outside(folder, candidate)) continue
      const found = await stat(candidate).catch(() => null)
      if (found === null || !found.isFile()) continue
      // A link inside the project may point out of it: judge where the file really is.
      const real = await realpath(candidate).catch(() => null)
      if (real === null || outside(realRoot, real)) {
        leaves = true
        continue
      }
      return {file: real}
    }
    return leaves ? {leaves: true} : null
  }

  const include = async (written: string, space: string, where: {file: string; line: number; column: number}, stack: string[]): Promise<void> => {
    const spec = fileSpec.exec(written)?.groups ?? {file: written}
    const target = (spec['file'] ?? '').trim()
    const problem = (severity: 'error' | 'warning', message: string): void => {
      diagnostics.push(diagnostic(where.file, where, severity, message, 'snippet'))
    }
    if (target === '') return problem(options.checkPaths ? 'error' : 'warning', `snippet \`${written}\` names no file`)
    if (/^https?:\/\//i.test(target)) {
      return problem('warning', `snippet ${target} is not fetched: Samizdat reads snippets only from the project's own files; save it in the project and include that file`)
    }
    const found = await locate(target)
    if (found === null) {
      return problem(options.checkPaths ? 'error' : 'warning', `snippet not found: ${target} (looked in ${options.basePaths.map((b) => (b === 'page' ? 'the page folder' : rel(root, b) || '.')).join(', ')}); add the file or fix the path`)
    }
    if ('leaves' in found) return problem('error', `snippet path leaves the project: ${target}; snippets are read only from inside ${path.basename(root)}/`)
    if (stack.includes(found.file)) return // pymdownx skips a file that is already being included
    if (stack.length >= maxDepth) return problem('error', `snippets nest more than ${maxDepth} deep at ${target}; is there a loop?`)
    const file = rel(realRoot, found.file)
    used.add(file)
    const content = (await context.read(found.file)).split('\n').map((line) => line.replace(/\r$/, ''))
    let picked: Array<{text: string; line: number}> = content.map((line, index) => ({text: line, line: index + 1}))
    if (spec['section'] !== undefined) {
      const section = extractSection(picked, spec['section'])
      if (section === null) return problem(options.checkPaths ? 'error' : 'warning', `snippet section "${spec['section']}" is not in ${file}; mark it with \`--8<-- [start:${spec['section']}]\` and \`--8<-- [end:${spec['section']}]\``)
      picked = options.dedentSubsections ? dedent(section) : section
    } else if (spec['ranges'] !== undefined) {
      picked = spec['ranges'].split(',').flatMap((range) => {
        const [from = '', to = ''] = range.split(':')
        const start = from === '' ? 0 : Math.max(0, Number(from) - 1)
        return picked.slice(start, to === '' ? undefined : Number(to))
      })
      if (options.dedentSubsections) picked = dedent(picked)
    } else {
      // A whole file: its section markers are for other includes, not for readers.
      picked = picked.filter((line) => !(sectionMarker.exec(line.text)?.groups?.['escape'] === ''))
    }
    await expand(picked.map((line) => ({...line, text: line.text})), file, space, [...stack, found.file])
  }

  const expand = async (source: Array<{text: string; line: number}>, file: string, indent: string, stack: string[]): Promise<void> => {
    let block = false
    for (const {text: line, line: number} of source) {
      const match = snippetLine.exec(line)
      const groups = match?.groups
      if (groups !== undefined && groups['escape'] !== '') {
        emit(indent + line.replace(';', ''), {file, line: number, shift: indent.length})
        continue
      }
      if (groups !== undefined && groups['block'] !== undefined) {
        block = !block
        continue
      }
      if (groups !== undefined && groups['inline'] !== undefined) {
        // pymdownx ignores the inline form directly inside a block.
        if (block) continue
        const quoted = groups['quoted']!
        const column = (groups['space']?.length ?? 0) + groups['inline'].length + 2
        const space = (groups['space'] ?? '').replaceAll('\t', '    ')
        await include(quoted.slice(1, -1).trim(), indent + space, {file, line: number, column}, stack)
        continue
      }
      if (!block) {
        emit(indent + line, {file, line: number, shift: indent.length})
        continue
      }
      const written = line.trim()
      if (written === '') emit('', {file, line: number, shift: 0})
      else if (!written.startsWith(';')) {
        const space = (/^[ \t]*/.exec(line)?.[0] ?? '').replaceAll('\t', '    ')
        await include(written, indent + space, {file, line: number, column: line.indexOf(written) + 1}, stack)
      }
    }
  }

  const pageLines = lines.map((line, index) => ({text: line, line: index + 1}))
  await expand(pageLines, page.file, '', [path.resolve(context.root, page.file)])
  if (options.autoAppend.length > 0) {
    // pymdownx appends two blank lines and a block of the files, a blank line between them.
    const end = {file: page.file, line: lines.length, shift: 0}
    emit('', end)
    emit('', end)
    for (const [index, written] of options.autoAppend.entries()) {
      if (index > 0) emit('', end)
      const found = await locate(written)
      // A missing or outside auto_append file is reported once, for the config (see load-site).
      if (found !== null && !('leaves' in found)) await include(written, '', {file: page.file, line: lines.length, column: 1}, [path.resolve(context.root, page.file)])
    }
    emit('', end)
  }
  return {text: out.join('\n'), origins, snippets: [...used].sort(), diagnostics}
}

/** Where a point of the parsed text was written: the page itself, or the snippet a line came from. */
export function originalPoint(origins: readonly LineOrigin[] | null, file: string, line: number, column: number): {file: string; line: number; column: number} {
  const origin = origins?.[line - 1]
  if (origin === undefined) return {file, line, column}
  return {file: origin.file, line: origin.line, column: Math.max(1, column - origin.shift)}
}

function extractSection(lines: Array<{text: string; line: number}>, name: string): Array<{text: string; line: number}> | null {
  const picked: Array<{text: string; line: number}> = []
  let inside = false
  let found = false
  for (const line of lines) {
    const marker = sectionMarker.exec(line.text)?.groups
    if (marker !== undefined && inside && marker['escape'] !== '') {
      picked.push({...line, text: line.text.replace(`${marker['escape']}${marker['marker']}`, `${marker['escape']!.slice(1)}${marker['marker']}`)})
      continue
    }
    if (marker !== undefined && marker['name']!.toLowerCase() === name.toLowerCase()) {
      if (marker['type']!.toLowerCase() === 'start') {
        if (!inside) inside = found = true
        continue
      }
      if (inside) break
      break
    }
    if (marker !== undefined) continue
    if (inside) picked.push(line)
  }
  return found ? picked : null
}

// Python's textwrap.dedent: remove the indentation every non-blank line shares.
function dedent(lines: Array<{text: string; line: number}>): Array<{text: string; line: number}> {
  const indents = lines.filter((l) => l.text.trim() !== '').map((l) => /^[ \t]*/.exec(l.text)![0])
  if (indents.length === 0) return lines
  let common = indents[0]!
  for (const indent of indents) while (!indent.startsWith(common)) common = common.slice(0, -1)
  return lines.map((l) => ({...l, text: l.text.trim() === '' ? '' : l.text.slice(common.length)}))
}

function outside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file)
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
}

function rel(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/')
}
