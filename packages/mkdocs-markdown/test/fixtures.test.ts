import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import type {Root} from 'mdast'
import {mkdocsProcessor} from '@samizdat/mkdocs-markdown'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'

// Each case: input.md beside tree.json (positions stripped), output.md (stringified) and,
// when the dialect reports anything, messages.txt (notes marked `note:`). Missing files are written; UPDATE=1 rewrites them.
const root = new URL('fixtures/', import.meta.url)
const update = process.env.UPDATE === '1'

async function dialect(markdown: string): Promise<{tree: Root; messages: string[]; output: string}> {
  const processor = mkdocsProcessor()
  const file = new VFile({path: 'input.md', value: markdown})
  const tree = await processor.run(processor.parse(file), file)
  // `file.info()` (a note, which never fails a build) leaves `fatal` unset.
  const messages = file.messages.map((message) => `${message.line}:${message.column}: ${message.fatal === false ? '' : 'note: '}${message.reason} [${message.ruleId}]`)
  return {tree, messages, output: processor.stringify(tree)}
}

function withoutPositions(tree: Root): unknown {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value)))
}

function expectFile(url: URL, actual: string): void {
  if (update || !existsSync(url)) writeFileSync(url, actual)
  expect(actual).toBe(readFileSync(url, 'utf8'))
}

describe('fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    test(name, async () => {
      const dir = new URL(name + '/', root)
      const {tree, messages, output} = await dialect(readFileSync(new URL('input.md', dir), 'utf8'))
      const plain = withoutPositions(tree)
      expectFile(new URL('tree.json', dir), JSON.stringify(plain, null, 2) + '\n')
      expectFile(new URL('output.md', dir), output)
      const messagesUrl = new URL('messages.txt', dir)
      if (messages.length > 0 || existsSync(messagesUrl)) expectFile(messagesUrl, messages.map((line) => line + '\n').join(''))

      // Round trip: the written Markdown parses to the same tree.
      const again = await dialect(output)
      expect(withoutPositions(again.tree)).toEqual(plain)
    })
  }
})
