import {expect, test} from 'vitest'

test('public API', async () => {
  expect(Object.keys(await import('@samizdat/mkdocs-markdown')).sort()).toEqual([
    'allowedAttributes',
    'attachAttributes',
    'checkAdmonitionIndent',
    'mkdocsAdmonition',
    'mkdocsAdmonitionFromMarkdown',
    'mkdocsAdmonitionToMarkdown',
    'mkdocsAttributeList',
    'mkdocsAttributeListFromMarkdown',
    'mkdocsAttributeListToMarkdown',
    'mkdocsIcon',
    'mkdocsIconFromMarkdown',
    'mkdocsIconToMarkdown',
    'mkdocsProcessor',
    'remarkMkdocs',
    'themeVariant'
  ])
})
