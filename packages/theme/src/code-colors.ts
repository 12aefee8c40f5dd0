

/** What a piece of code is, in the few categories a reader tells apart. */
export const codeCategories = ['keyword', 'string', 'comment', 'number', 'function', 'type', 'attribute', 'variable', 'meta', 'addition', 'deletion'] as const

/** One of {@link codeCategories}. */
export type CodeCategory = (typeof codeCategories)[number]

/** highlight.js scopes (class names without `hljs-`) by category; anything else is plain text. */
export const codeScopes: Readonly<Record<string, CodeCategory>> = {
  keyword: 'keyword', 'selector-tag': 'keyword', built_in: 'function', literal: 'number', number: 'number',
  string: 'string', regexp: 'string', 'template-tag': 'keyword', char: 'string', symbol: 'number', bullet: 'keyword',
  comment: 'comment', quote: 'comment', doctag: 'meta', meta: 'meta', title: 'function', section: 'function',
  type: 'type', class: 'type', 'selector-class': 'type', 'selector-id': 'type', name: 'keyword', tag: 'keyword',
  attr: 'attribute', attribute: 'attribute', property: 'attribute', 'selector-attr': 'attribute', 'selector-pseudo': 'attribute',
  variable: 'variable', 'template-variable': 'variable', params: 'variable', subst: 'variable', link: 'string',
  addition: 'addition', deletion: 'deletion'
}

/** The category of a token from its highlight.js classes (`['hljs-title', 'function_']` → `function`), or null. */
export function codeCategory(classes: readonly string[]): CodeCategory | null {
  for (const name of classes) {
    if (!name.startsWith('hljs-')) continue
    const scope = name.slice(5)
    if (Object.hasOwn(codeScopes, scope)) return codeScopes[scope] as CodeCategory
  }
  return null
}

/** How a category prints: a colour that stays apart in greyscale, helped by weight and slant. */
export interface PrintCodeStyle {
  color: string
  bold?: boolean
  italic?: boolean
}

/**
 * Code colours: for the site, one per category on the light and dark code background (each
 * reaches 4.5:1 on the palette's `surface`, measured in test/colors.test.ts); for print, dark
 * tones with weight and slant so categories differ in greyscale too.
 */
export const codeColors = {
  light: {
    keyword: '#a0164a', string: '#1f6a21', comment: '#5f6672', number: '#a04a00', function: '#5b2ec0', type: '#1b5a9e',
    attribute: '#0b6570', variable: '#7a4c00', meta: '#5f6672', addition: '#1f6a21', deletion: '#b3261e'
  },
  dark: {
    keyword: '#ff8fb8', string: '#9ad98a', comment: '#a0a8b6', number: '#ffb26b', function: '#c6a6ff', type: '#8fc3ff',
    attribute: '#7fd8d8', variable: '#f0c674', meta: '#a0a8b6', addition: '#9ad98a', deletion: '#ff9b94'
  },
  print: {
    keyword: {color: '#000000', bold: true},
    string: {color: '#3a3a3a'},
    comment: {color: '#6b6b6b', italic: true},
    number: {color: '#3a3a3a'},
    function: {color: '#000000', bold: true},
    type: {color: '#000000'},
    attribute: {color: '#3a3a3a'},
    variable: {color: '#000000'},
    meta: {color: '#6b6b6b', italic: true},
    addition: {color: '#000000'},
    deletion: {color: '#6b6b6b'}
  }
} as const satisfies {light: Record<CodeCategory, string>; dark: Record<CodeCategory, string>; print: Record<CodeCategory, PrintCodeStyle>}

