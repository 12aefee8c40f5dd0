import {expect, test} from 'vitest'

test('public API', async () => {
  expect(Object.keys(await import('@samizdat/mkdocs-markdown')).sort()).toEqual([
    'allowedAttributes',
    'attachAttributes',
    'checkAdmonitionIndent',
    'limitDepth',
    'maxDepth',
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
    'remarkLimitDepth',
    'remarkMkdocs',
    'themeVariant'
  ])
})
