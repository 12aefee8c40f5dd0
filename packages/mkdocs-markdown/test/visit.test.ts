import {readdirSync, readFileSync} from 'node:fs'
import type {Nodes, Root} from 'mdast'
import {mkdocsProcessor} from '@samizdat/mkdocs-markdown'
import {EXIT, SKIP, visit, visitParents} from '@samizdat/mkdocs-markdown/visit'
import {visit as libraryVisit} from 'unist-util-visit'
import {visitParents as libraryVisitParents} from 'unist-util-visit-parents'
import {describe, expect, test} from 'vitest'

// The fast walk must visit exactly what `unist-util-visit(-parents)` visits, in the same order,
// with the same arguments, and obey the same answers (skip, exit, go on at an index, reverse).
const fixtures = new URL('fixtures/', import.meta.url)
const trees: Array<[string, Root]> = readdirSync(fixtures).map((name) => {
  const processor = mkdocsProcessor()
  return [name, processor.runSync(processor.parse(readFileSync(new URL(`${name}/input.md`, fixtures), 'utf8')))]
})

type Walk = (tree: Root, ...rest: unknown[]) => void
const fast = {visit: visit as unknown as Walk, visitParents: visitParents as unknown as Walk}
const library = {visit: libraryVisit as unknown as Walk, visitParents: libraryVisitParents as unknown as Walk}

// Every call the visitor gets, as text: the node's type and place, its index, its parent's or ancestors' types.
function record(walk: Walk, tree: Root, withTest: boolean, answer: (node: Nodes, index: number | undefined) => unknown, reverse = false): string[] {
  const calls: string[] = []
  const where = (node: Nodes) => `${node.type}@${node.position?.start.offset ?? '-'}`
  const visitor = (node: Nodes, second: unknown, third: unknown) => {
    const index = Array.isArray(second) ? (third as number | undefined) : (second as number | undefined)
    const above = Array.isArray(second) ? (second as Nodes[]).map((n) => n.type).join('>') : third ? (third as Nodes).type : ''
    calls.push(`${where(node)} ${index} ${above}`)
    return answer(node, index)
  }
  if (withTest) walk(tree, (node: Nodes) => node.type !== 'text', visitor, reverse)
  else walk(tree, visitor, reverse)
  return calls
}

// Each makes a fresh answer (the exit one counts), told whether the walk goes backwards.
const answers: Record<string, (reverse: boolean) => (node: Nodes, index: number | undefined) => unknown> = {
  nothing: () => () => undefined,
  'skip paragraphs': () => (node) => (node.type === 'paragraph' ? SKIP : undefined),
  'exit at the tenth node': () => {
    let seen = 0
    return () => (++seen === 10 ? EXIT : undefined)
  },
  'jump over the next sibling': (reverse) => (node, index) => (node.type === 'heading' && index !== undefined ? index + (reverse ? -2 : 2) : undefined)
}

describe('visit and visitParents walk as unist-util-visit does', () => {
  for (const [name, tree] of trees) {
    test(name, () => {
      let calls = 0
      for (const kind of ['visit', 'visitParents'] as const) {
        for (const [label, answer] of Object.entries(answers)) {
          for (const withTest of [false, true]) {
            for (const reverse of [false, true]) {
              const expected = record(library[kind], tree, withTest, answer(reverse), reverse)
              expect(record(fast[kind], tree, withTest, answer(reverse), reverse), `${kind}, ${label}, test ${withTest}, reverse ${reverse}`).toEqual(expected)
              calls += expected.length
            }
          }
        }
      }
      expect(calls).toBeGreaterThan(0)
    })
  }

  test('a type name as the test, and a node removed while walking', () => {
    const tree = mkdocsProcessor().parse('a *b* c\n\n- d\n- *e*\n\n!!! note\n    *f* g\n')
    const seen = (walk: Walk) => {
      const copy = structuredClone(tree)
      const types: string[] = []
      walk(copy, 'emphasis', (node: Nodes, index: number, parent: {children: Nodes[]}) => {
        types.push(`${node.type}:${index}`)
        parent.children.splice(index, 1)
        return index
      })
      return {types, tree: copy}
    }
    const ours = seen(fast.visit)
    expect(ours.types).toEqual(['emphasis:1', 'emphasis:0', 'emphasis:0'])
    expect(ours).toEqual(seen(library.visit))
  })

  test('an exit visitor runs after the children', () => {
    const tree = mkdocsProcessor().parse('# a\n\nb *c*\n')
    const order = (walk: Walk) => {
      const seen: string[] = []
      walk(tree, {enter: (node: Nodes) => void seen.push(`+${node.type}`), exit: (node: Nodes) => void seen.push(`-${node.type}`)})
      return seen
    }
    expect(order(fast.visitParents)).toEqual(order(library.visitParents))
    expect(order(fast.visitParents).at(-1)).toBe('-root')
  })
})
