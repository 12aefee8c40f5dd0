import {isAlias, visit, type Document} from 'yaml'

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
    let offset: number | undefined
    visit(doc, (_, node) => {
      if (!isAlias(node)) return undefined
      offset = node.range?.[0]
      return visit.BREAK
    })
    const message = (error as Error).message
    const reason = /alias/i.test(message) ? `too many aliases (more than ${maxAliasCount} expansions): an alias bomb?` : message
    return {error: reason, offset}
  }
  if (depth(value) > maxYamlDepth) return {error: `nested more than ${maxYamlDepth} levels deep`, offset: undefined}
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
