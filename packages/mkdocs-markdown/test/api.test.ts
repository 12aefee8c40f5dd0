import {expect, test} from 'vitest'

test('public API', async () => {
  expect(Object.keys(await import('@samizdat/mkdocs-markdown')).sort()).toEqual([
    'allowedAttributes',
    'applyAbbreviations',
    'applyAnnotations',
    'assignFootnoteIds',
    'assignTabIds',
    'attachAttributes',
    'checkAdmonitionIndent',
    'mkdocsAbbreviationDefinition',
    'mkdocsAbbreviationFromMarkdown',
    'mkdocsAbbreviationToMarkdown',
    'mkdocsAdmonition',
    'mkdocsAdmonitionFromMarkdown',
    'mkdocsAdmonitionToMarkdown',
    'mkdocsAnnotationToMarkdown',
    'mkdocsAttributeList',
    'mkdocsAttributeListFromMarkdown',
    'mkdocsAttributeListToMarkdown',
    'mkdocsDefList',
    'mkdocsDefListFromMarkdown',
    'mkdocsDefListToMarkdown',
    'mkdocsIcon',
    'mkdocsIconFromMarkdown',
    'mkdocsIconToMarkdown',
    'mkdocsProcessor',
    'mkdocsTab',
    'mkdocsTabFromMarkdown',
    'mkdocsTabToMarkdown',
    'remarkMkdocs',
    'themeVariant'
  ])
})
