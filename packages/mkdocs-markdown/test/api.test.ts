import {expect, test} from 'vitest'

test('public API', async () => {
  expect(Object.keys(await import('@samizdat/mkdocs-markdown')).sort()).toEqual([
    'allowedAttributes',
    'attachAttributes',
    'checkAdmonitionIndent',
    'markdownInHtmlTags',
    'mkdocsAdmonition',
    'mkdocsAdmonitionFromMarkdown',
    'mkdocsAdmonitionToMarkdown',
    'mkdocsAttributeList',
    'mkdocsAttributeListFromMarkdown',
    'mkdocsAttributeListToMarkdown',
    'mkdocsIcon',
    'mkdocsIconFromMarkdown',
    'mkdocsIconToMarkdown',
    'mkdocsMarkdownInHtml',
    'mkdocsMarkdownInHtmlFromMarkdown',
    'mkdocsMarkdownInHtmlToMarkdown',
    'mkdocsProcessor',
    'remarkMkdocs',
    'reservedIds',
    'themeVariant'
  ])
})
