import {expect, it} from 'vitest'

it('exposes the public API', async () => {
  expect(Object.keys(await import('@samizdat/theme')).sort()).toEqual([
    'admonitionColor',
    'admonitionColors',
    'admonitionHues',
    'brandColor',
    'colors',
    'contrastRatio',
    'fontFace',
    'fontFaceCss',
    'fontFaces',
    'iconToSvg',
    'isAdmonitionKind',
    'loadCustomIcons',
    'loadFont',
    'missingGlyphs',
    'mixColors',
    'readCmap',
    'relativeLuminance',
    'resolveIcon',
    'webFonts'
  ])
})
