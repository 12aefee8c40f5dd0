import {Composer, isAlias, Parser, visit, YAMLParseError, type CST, type Document, type DocumentOptions, type LineCounter, type ParseOptions, type SchemaOptions} from 'yaml'

/** How many alias expansions a YAML document may make: an alias bomb needs far more. */
export const maxAliasCount = 100
/** How deeply front matter or a config may nest; no real one comes close. */
export const maxYamlDepth = 64

/**
 * The plain data of a parsed YAML document, as an answer, never an exception. Aliases are
 * limited (an alias bomb is an error at its first alias), nesting is bounded, and no tag runs
 * code: the `yaml` package only builds plain values, and an unknown tag (`!!python/name:x`,
 * `!!js/function`) leaves its value a plain string.
 */
export function yamlData(doc: Document): {value: unknown} | {error: string; offset: number | undefined} {
  let value: unknown
  try {
    value = doc.toJS({maxAliasCount})
  } catch (error) {
    const offset = firstAlias(doc)
    const message = (error as Error).message
    const reason = /alias/i.test(message) ? `too many aliases (more than ${maxAliasCount} expansions): an alias bomb?` : message
    return {error: reason, offset}
  }
  if (tooDeep(value)) return {error: `nested more than ${maxYamlDepth} levels deep`, offset: undefined}
  return {value}
}

/** How deeply arrays and objects nest in `value`, counted without recursion. */
function depth(value: unknown): number {
  let deepest = 0
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length > 0) {
    const [item, level] = stack.pop()!
    if (typeof item !== 'object' || item === null) continue
    deepest = Math.max(deepest, level + 1)
    if (deepest > maxYamlDepth) return deepest
    for (const child of Object.values(item)) stack.push([child, level + 1])
  }
  return deepest
}

/** Where YAML nests collections too deeply (see {@link parseYaml}). */
export interface YamlNesting {
  error: string
  line: number
  column: number
}

/**
 * `parseDocument` of the `yaml` package, refusing YAML text that nests collections deeper than
 * {@link maxYamlDepth}: that is found on the parser's concrete syntax tree (built without
 * recursion) before the document is composed, since composing recurses, and a few thousand
 * levels overflow the stack or exhaust the regular-expression memory of the `yaml` package,
 * which kills the process. The text is parsed once: the document is composed from the same
 * syntax tree (parsing it twice was a third of the cost of every page's front matter).
 */
export function parseYaml(text: string, options: ParseOptions & DocumentOptions & SchemaOptions & {lineCounter?: LineCounter} = {}): {nesting: YamlNesting} | {doc: Document} {
  const tokens = [...new Parser(options.lineCounter?.addNewLine).parse(text)]
  const nesting = nestingIn(tokens, text)
  if (nesting !== null) return {nesting}
  // As `parseDocument` does: the first document, and an error if there is another.
  let doc: Document | null = null
  for (const next of new Composer(options).compose(tokens, true, text.length)) {
    if (!doc) doc = next
    else if (doc.options.logLevel !== 'silent') {
      doc.errors.push(new YAMLParseError(next.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'))
      break
    }
  }
  return {doc: doc!}
}

function nestingIn(documents: Iterable<CST.Token>, text: string): YamlNesting | null {
  for (const document of documents) {
    const stack: Array<[CST.Token | null | undefined, number]> = [[document, 0]]
    while (stack.length > 0) {
      const [token, level] = stack.pop()!
      if (!token) continue
      if (token.type === 'document') stack.push([token.value, level])
      else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
        if (level >= maxYamlDepth) return {error: `nested more than ${maxYamlDepth} levels deep`, ...linePos(text, token.offset)}
        for (const item of token.items) stack.push([item.key, level + 1], [item.value, level + 1])
      }
    }
  }
  return null
}

/** Whether a value nests arrays and objects more than {@link maxYamlDepth} levels deep. */
export function tooDeep(value: unknown): boolean {
  return depth(value) > maxYamlDepth
}

/** The offset of the first alias in a document, where an alias bomb is reported. */
export function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined
  visit(doc, (_, node) => {
    if (!isAlias(node)) return undefined
    offset = node.range?.[0]
    return visit.BREAK
  })
  return offset
}

function linePos(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return {line: before.split('\n').length, column: offset - lineStart + 1}
}
