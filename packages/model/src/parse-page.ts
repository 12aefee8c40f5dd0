import type {Root, Yaml} from 'mdast'
import {VFile} from 'vfile'
import {LineCounter} from 'yaml'
import {mkdocsProcessor} from '@samizdat/mkdocs-markdown'
import {diagnostic} from './diagnostic.js'
import type {Diagnostic, DiagnosticRule} from './types.js'
import {parseYaml, yamlData} from './yaml-data.js'

/** A page after its one parse: the tree, its front matter, and what went wrong. */
export interface ParsedPage {
  tree: Root
  frontmatter: Record<string, unknown>
  /** The `yaml` node, for placing front-matter diagnostics. */
  frontmatterNode: Yaml | null
  diagnostics: Diagnostic[]
  /** Set when the page could not be parsed (an error says why): never cached. */
  failed?: true
}

// One processor for the whole build: creating it per page would redo the extension setup.
const processor = mkdocsProcessor()

const dialectRules: Record<string, DiagnosticRule> = {
  'attribute-list': 'attribute-list',
  'admonition-indent': 'admonition-indent',
  'nesting-depth': 'nesting-depth'
}

/** Parse one page exactly once: Markdown to mdast (dialect transforms included) and YAML front matter. */
export async function parsePage(file: string, text: string): Promise<ParsedPage> {
  const vfile = new VFile({path: file, value: text})
  const tree = processor.parse(vfile) as Root
  await processor.run(tree, vfile)
  const diagnostics: Diagnostic[] = vfile.messages.map((message) =>
    diagnostic(
      file,
      message.place ?? undefined,
      // `file.info()` leaves `fatal` unset: a note, such as the dropped `style` attributes of a page.
      message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note',
      message.reason,
      dialectRules[message.ruleId ?? ''] ?? 'attribute-list'
    )
  )

  const first = tree.children[0]
  const frontmatterNode = first?.type === 'yaml' ? first : null
  let frontmatter: Record<string, unknown> = {}
  if (frontmatterNode !== null) {
    frontmatter = readFrontmatter(file, frontmatterNode, diagnostics)
  } else if (/^---[ \t]*\r?\n/.test(text)) {
    // micromark only recognises closed front matter; an open one would silently become a rule and text.
    diagnostics.push(diagnostic(file, {line: 1, column: 1}, 'error', 'front matter is not closed: add a line `---` after its last key', 'front-matter'))
  }
  return {tree, frontmatter, frontmatterNode, diagnostics}
}

function readFrontmatter(file: string, node: Yaml, diagnostics: Diagnostic[]): Record<string, unknown> {
  // The YAML starts on the line after the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1
  const lineCounter = new LineCounter()
  const parsed = parseYaml(node.value, {prettyErrors: false, lineCounter})
  if ('nesting' in parsed) {
    const {nesting} = parsed
    diagnostics.push(diagnostic(file, {line: firstLine + nesting.line - 1, column: nesting.column}, 'error', `front matter is not valid: ${nesting.error}`, 'front-matter'))
    return {}
  }
  const {doc} = parsed
  for (const error of doc.errors) {
    const [line, col] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1]
    const reason = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+.*$/, '')
    diagnostics.push(diagnostic(file, {line: firstLine + line - 1, column: col}, 'error', `front matter is not valid YAML: ${reason}`, 'front-matter'))
  }
  if (doc.errors.length > 0) return {}
  const data = yamlData(doc)
  if ('error' in data) {
    const {line, col} = lineCounter.linePos(data.offset ?? 0)
    diagnostics.push(diagnostic(file, {line: firstLine + line - 1, column: col}, 'error', `front matter is not valid: ${data.error}`, 'front-matter'))
    return {}
  }
  const value = data.value
  if (value === null || value === undefined) return {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    diagnostics.push(diagnostic(file, {line: firstLine, column: 1}, 'error', 'front matter must be `key: value` pairs', 'front-matter'))
    return {}
  }
  return value as Record<string, unknown>
}
