import {expect, it} from 'vitest'

it('exposes the public API', async () => {
  expect(Object.keys(await import('@samizdat/render-cards')).sort()).toEqual([
    'bandHeight',
    'cardJobs',
    'cardToSvg',
    'contentBox',
    'countCards',
    'fitText',
    'h',
    'img',
    'measureText',
    'pageCardJob',
    'pageCardProps',
    'pageOg',
    'rasterPool',
    'recommendationCardJobs',
    'recommendationCardProps',
    'recommendationOg',
    'recommendationSquare',
    'recommendationStory',
    'recommendationTemplates',
    'renderCards',
    'safeAreas',
    'svgToPng'
  ])
})
