import {expect, it} from 'vitest'

it('exposes the public API', async () => {
  expect(Object.keys(await import('@samizdat/theme')).sort()).toEqual([
    'admonitionColor',
    'admonitionColors',
    'admonitionHues',
    'brandColor',
    'codeCategories',
    'codeCategory',
    'codeColors',
    'codeScopes',
    'colors',
    'contrastRatio',
    'emojiGraphic',
    'fontFace',
    'fontFaceCss',
    'fontFaces',
    'highlightCode',
    'iconToSvg',
    'isAdmonitionKind',
    'loadCustomIcons',
    'loadFont',
    'missingGlyphs',
    'mixColors',
    'readCmap',
    'relativeLuminance',
    'resolveIcon',
    'twemojiFile',
    'webFonts'
  ])
})
