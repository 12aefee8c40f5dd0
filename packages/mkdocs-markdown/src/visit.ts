// `unist-util-visit` and `unist-util-visit-parents`, same API and same walk, without their per-node
// cost. For every node they visit, those build a closure and rename it with
// `Object.defineProperty` (a name for stack traces), so on a large site the tree walks of the
// dialect, the model and the renderers cost more than parsing some of the pages: profiles of
// `loadSite` showed about a quarter of its time in them. Here a node costs a function call; the
// ancestor list is still a fresh array per parent, as there, so a visitor may keep it.
import type {visit as libraryVisit} from 'unist-util-visit'
import {CONTINUE, EXIT, SKIP, visitParents as libraryVisitParents} from 'unist-util-visit-parents'
import {convert} from 'unist-util-is'
import type {Node, Parent} from 'unist'

export {CONTINUE, EXIT, SKIP}

type Action = typeof CONTINUE | typeof EXIT | typeof SKIP
type Result = readonly [Action?, number?]
type AnyVisitor = (node: Node, second: unknown, third: unknown) => unknown
type Visitors = {enter?: AnyVisitor | null; exit?: AnyVisitor}

const empty: Result = []

/** `visitParents` of `unist-util-visit-parents`: the visitor gets `(node, ancestors, index)`. */
export const visitParents: typeof libraryVisitParents = function (tree: Node, ...rest: unknown[]): undefined {
  walk(tree, rest, false)
} as typeof libraryVisitParents

/** `visit` of `unist-util-visit`: the visitor gets `(node, index, parent)`. */
export const visit: typeof libraryVisit = function (tree: Node, ...rest: unknown[]): undefined {
  walk(tree, rest, true)
} as typeof libraryVisit

function walk(tree: Node, rest: unknown[], withParent: boolean): void {
  if (!tree || typeof tree !== 'object') throw new Error('Unexpected value `' + String(tree) + '` for `tree`, expected node')
  // (visitor | visitors, reverse?) or (test, visitor | visitors, reverse?), as the library reads them.
  const [first, second, third] = rest
  const hasTest = typeof second === 'function' || (second !== null && typeof second === 'object')
  const test = hasTest ? first : undefined
  const visitors = (hasTest ? second : first) as AnyVisitor | Visitors
  const reverse = Boolean(hasTest ? third : second)
  let enter: AnyVisitor | undefined
  let exit: AnyVisitor | undefined
  if (typeof visitors === 'function') enter = visitors
  else if (visitors && typeof visitors === 'object' && typeof visitors.exit === 'function' && (visitors.enter === null || visitors.enter === undefined || typeof visitors.enter === 'function')) {
    enter = visitors.enter ?? undefined
    exit = visitors.exit
  } else throw new Error('Unexpected value `' + String(visitors) + '` for `enter` or `visitors`, expected visitor or object with visitors')

  // A type name, the common test, is compared directly; anything else goes through `unist-util-is`.
  const is: (node: Node, index: number | undefined, parent: Parent | undefined) => boolean =
    test === undefined || test === null ? () => true : typeof test === 'string' ? (node) => node.type === test : (convert(test as string) as never)
  const call = (visitor: AnyVisitor, node: Node, parents: Parent[], index: number | undefined) =>
    toResult(withParent ? visitor(node, index, parents[parents.length - 1]) : visitor(node, parents, index))
  const step = reverse ? -1 : 1

  one(tree, undefined, [])

  function one(node: Node, index: number | undefined, parents: Parent[]): Result {
    const matches = is(node, index, parents[parents.length - 1])
    let result = empty
    if (enter && matches) {
      result = call(enter, node, parents, index)
      if (result[0] === EXIT) return result
    }
    const parent = node as Parent
    if ('children' in node && parent.children && result[0] !== SKIP) {
      let offset = (reverse ? parent.children.length : -1) + step
      const grandparents = [...parents, parent]
      while (offset > -1 && offset < parent.children.length) {
        const subresult = one(parent.children[offset]!, offset, grandparents)
        if (subresult[0] === EXIT) return subresult
        offset = typeof subresult[1] === 'number' ? subresult[1] : offset + step
      }
    }
    if (exit && matches) {
      const exitResult = call(exit, node, parents, index)
      if (exitResult[0] === SKIP) throw new Error('Unexpected value `' + String(exitResult[0]) + '` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing')
      if (exitResult[0] === EXIT || typeof exitResult[1] === 'number') return exitResult
    }
    return result
  }
}

function toResult(value: unknown): Result {
  if (Array.isArray(value)) return value as unknown as Result
  if (typeof value === 'number') return [CONTINUE, value]
  return value === null || value === undefined ? empty : [value as Action]
}
