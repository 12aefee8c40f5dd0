import type {Root} from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {attachAttributes, mkdocsAttributeList, mkdocsAttributeListFromMarkdown, mkdocsProcessor, themeVariant, type Report} from '@samizdat/mkdocs-markdown'

async function html(markdown: string): Promise<string> {
  return String(await mkdocsProcessor().use(remarkRehype).use(rehypeStringify).process(markdown))
}

describe('attachAttributes', () => {
  test('a list that attaches nowhere is the same text, positions included, that plain remark gives', async () => {
    for (const markdown of ['Text { .x } more', 'a *b*\n{ .c } d', 'x { title="&amp; \\*" } y', '[a](b) {: .c }', '## T { .a } x']) {
      const plain = unified().use(remarkParse).parse(markdown)
      const tree = unified().use(remarkParse).data('micromarkExtensions', [mkdocsAttributeList()]).data('fromMarkdownExtensions', [mkdocsAttributeListFromMarkdown()]).parse(markdown)
      expect(JSON.stringify(tree)).not.toBe(JSON.stringify(plain))
      attachAttributes(tree)
      expect(tree).toEqual(plain)
    }
  })

  test('reports each dropped attribute once, with its place and rule', () => {
    const tree = unified().use(remarkParse).data('micromarkExtensions', [mkdocsAttributeList()]).data('fromMarkdownExtensions', [mkdocsAttributeListFromMarkdown()]).parse('[a](b){ .ok onclick="x" style=y }') as Root
    const calls: Parameters<Report>[] = []
    attachAttributes(tree, (...call) => calls.push(call))
    expect(calls.map(([reason, place, ruleId, severity]) => [reason.split(':')[0], place?.start, ruleId, severity])).toEqual([
      ['dropped attribute `onclick`', {line: 1, column: 7, offset: 6}, 'attribute-list', undefined],
      // `style` is a choice the site refuses, not a mistake: one note for the whole page.
      ['a `style` attribute was dropped on this page (first here)', {line: 1, column: 7, offset: 6}, 'attribute-list', 'note']
    ])
    const link = tree.children[0]?.type === 'paragraph' ? tree.children[0].children[0] : undefined
    expect(link?.data).toEqual({attributes: {classes: ['ok']}, hProperties: {className: ['ok']}})
  })

  test('trims the heading text before `{ #id }`, positions included', async () => {
    const processor = mkdocsProcessor()
    const tree = await processor.run(processor.parse('## Title   { #top }'))
    const heading = tree.children[0]
    expect(heading?.type === 'heading' && heading.children).toEqual([
      {type: 'text', value: 'Title', position: {start: {line: 1, column: 4, offset: 3}, end: {line: 1, column: 9, offset: 8}}}
    ])
  })
})

describe('HTML through mdast-util-to-hast', () => {
  test('buttons, images, headings and paragraphs get their attributes', async () => {
    expect(await html('[Site](https://example.org){ .md-button .md-button--primary }')).toBe(
      '<p><a href="https://example.org" class="md-button md-button--primary">Site</a></p>'
    )
    expect(await html('![a](s.svg){ width="100"; align=right  }')).toBe('<p><img src="s.svg" alt="a" width="100" align="right"></p>')
    expect(await html('## Title { #custom }')).toBe('<h2 id="custom">Title</h2>')
    expect(await html('Text\n{: .lead }')).toBe('<p class="lead">Text</p>')
    expect(await html('- a\n  {: .item }')).toBe('<ul>\n<li class="item">a</li>\n</ul>')
  })

  test('hostile attributes never reach the HTML', async () => {
    const output = await html('[x](https://example.org){ onclick="alert(1)" style="a" href="javascript:alert(1)" .ok }\n![y](y.png){ src=evil.png onerror=alert(1) #"x" }')
    expect(output).toBe('<p><a href="https://example.org" class="ok">x</a>\n<img src="y.png" alt="y">{ src=evil.png onerror=alert(1) #"x" }</p>')
  })
})

describe('remarkMkdocs messages', () => {
  test('carry line:column, rule id and source', async () => {
    const processor = mkdocsProcessor()
    const file = new VFile({path: 'page.md', value: 'Intro.\n\n!!! note\n  Two spaces.\n\n[a](b){ .x onclick=y }\n'})
    await processor.run(processor.parse(file), file)
    expect(file.messages.map((message) => [String(message.place && 'start' in message.place ? message.place.start.line : 0), message.column, message.ruleId, message.source])).toEqual([
      ['6', 7, 'attribute-list', 'mkdocs-markdown'],
      ['4', 3, 'admonition-indent', 'mkdocs-markdown']
    ])
    expect(file.messages[1]?.reason).toBe('the body of `!!! note` is indented by 2 spaces, so it is not part of the admonition: indent the body by four spaces')
  })
})

test('themeVariant', () => {
  expect(themeVariant('/a/session-black.svg#only-light')).toBe('light')
  expect(themeVariant('../b.svg#only-dark')).toBe('dark')
  expect(themeVariant('c.png')).toBe(null)
  expect(themeVariant('d.png#only-light-ish')).toBe(null)
})
