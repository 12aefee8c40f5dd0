import {readdirSync, readFileSync} from 'node:fs'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import type {Construct} from 'micromark-util-types'
import {expect, test} from 'vitest'

// The parser's dependencies are patched at install (`patch-package` in the root's postinstall):
// every file a patch touches must carry the change, in both the `lib` and `dev` builds, or the
// quadratic paths it removes are back (and every tree walk of `unist-util-visit-parents`, used by
// GFM's autolink transform and the mdast and hast utilities, renames a closure per node again). What the patches do is checked by the CommonMark suite,
// the fixtures' round trips and the fuzz test.
const patches = new URL('../patches/', import.meta.url)

test('every patch of the parser’s dependencies is applied', () => {
  const files = readdirSync(patches).filter((name) => name.endsWith('.patch'))
  expect(files.length).toBe(10)
  for (const file of files) {
    const text = readFileSync(new URL(file, patches), 'utf8')
    const targets = [...text.matchAll(/^\+\+\+ b\/node_modules\/(.+)$/gm)].map((match) => match[1]!)
    expect(targets.length, file).toBeGreaterThan(0)
    for (const target of targets) {
      // npm workspaces install the parser's dependencies once, at the root.
      expect(readFileSync(new URL(`../../../node_modules/${target}`, import.meta.url), 'utf8'), target).toContain('Patched by Samizdat')
    }
  }
})

// Work, not time: an extension counts the events micromark hands to the resolvers of span
// insides (emphasis, strong, link and image text). Unpatched, each level of nesting hands over
// everything inside it again, so four times the nesting is sixteen times the events.
function insideSpanEvents(markdown: string): number {
  let events = 0
  const counter = {
    resolveAll(list: unknown[]) {
      events += list.length
      return list
    }
  }
  fromMarkdown(markdown, {extensions: [{insideSpan: {null: [counter]}}]})
  return events
}

test.each([
  ['nested emphasis', (n: number) => '*'.repeat(n) + 'a' + '*'.repeat(n)],
  ['nested strong and emphasis', (n: number) => '*a **a '.repeat(n) + 'b' + ' a** a*'.repeat(n)],
  ['nested images', (n: number) => '[!'.repeat(n) + '[a](b)' + '](c)'.repeat(n)],
  ['nested links in images', (n: number) => '![a '.repeat(n) + '[b](c)' + '](d)'.repeat(n)]
])('%s: span insides are resolved once, not once per enclosing level', (_, make) => {
  const small = insideSpanEvents(make(250))
  const large = insideSpanEvents(make(1000))
  expect(small).toBeGreaterThan(0)
  expect(large / small).toBeLessThan(6)
})

test('nested emphasis and images parse as CommonMark says', () => {
  const tree = fromMarkdown('***a*** *[![b *c*](d)](e)* ![![f](g) _h_](i)')
  const paragraph = tree.children[0]
  expect(paragraph?.type === 'paragraph' && paragraph.children.map((node) => node.type)).toEqual(['emphasis', 'text', 'emphasis', 'text', 'image'])
  expect(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value))).toBe(
    '{"type":"root","children":[{"type":"paragraph","children":[{"type":"emphasis","children":[{"type":"strong","children":[{"type":"text","value":"a"}]}]},{"type":"text","value":" "},{"type":"emphasis","children":[{"type":"link","title":null,"url":"e","children":[{"type":"image","title":null,"url":"d","alt":"b c"}]}]},{"type":"text","value":" "},{"type":"image","title":null,"url":"i","alt":"f h"}]}]}'
  )
})

test('a link title that never closes is text, however many follow it', () => {
  // The patched title factory remembers where an unclosed title began and stops the later ones
  // at once; what they read as must not change.
  const text = '[ (]('.repeat(50) + '\n\n[a](b (c [d](e (f "g\n\n[x](y (z)) [u](v "w")'
  const [first, second, third] = fromMarkdown(text).children
  expect(first?.type === 'paragraph' && first.children).toEqual([expect.objectContaining({type: 'text', value: '[ (]('.repeat(50)})])
  expect(second?.type === 'paragraph' && second.children).toEqual([expect.objectContaining({type: 'text', value: '[a](b (c [d](e (f "g'})])
  expect(third?.type === 'paragraph' && third.children.map((node) => (node.type === 'link' ? node.title : node.type))).toEqual(['z', 'text', 'w'])
})

// Work, not time: the events GFM's strikethrough resolver reads. Unpatched, each closer with no
// opener (`a~~ a~~ …`) walks back to the paragraph's start, so four times the closers is sixteen
// times the reads.
function strikethroughReads(markdown: string): number {
  let reads = 0
  const construct = (gfmStrikethrough().text as Record<number, Construct>)[126]!
  const counted: Construct = {
    ...construct,
    resolveAll(events, context) {
      const proxy = new Proxy(events, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads++
          return Reflect.get(target, key, receiver) as unknown
        }
      })
      return construct.resolveAll!(proxy, context)
    }
  }
  fromMarkdown(markdown, {extensions: [{text: {126: counted}}]})
  return reads
}

test.each([
  ['closers with no opener', (n: number) => 'a~~ '.repeat(n)],
  ['openers and closers of different sizes', (n: number) => '~~a~ '.repeat(n) + 'b~~']
])('strikethrough, %s: each closer looks back once, not to the start', (_, make) => {
  const small = strikethroughReads(make(250))
  const large = strikethroughReads(make(1000))
  expect(small).toBeGreaterThan(0)
  expect(large / small).toBeLessThan(6)
})

test('strikethrough pairs as GFM says after unmatched closers and around other sizes', () => {
  const text = (markdown: string) =>
    JSON.stringify(fromMarkdown(markdown, {extensions: [gfmStrikethrough({singleTilde: true})], mdastExtensions: [gfmStrikethroughFromMarkdown()]}).children[0], (key, value: unknown) => (key === 'position' ? undefined : value))
  expect(text('a~~ b~ ~~c~ d~~ ~e~')).toBe(
    '{"type":"paragraph","children":[{"type":"text","value":"a~~ b~ "},{"type":"delete","children":[{"type":"text","value":"c~ d"}]},{"type":"text","value":" "},{"type":"delete","children":[{"type":"text","value":"e"}]}]}'
  )
})
