import {expect, it} from 'vitest'

it('exposes the public API', async () => {
  expect(Object.keys(await import('@samizdat/render-cards')).sort()).toEqual([
    'bandHeight',
    'cardJobs',
    'cardToSvg',
    'contentBox',
    'countCards',
    'encodePng',
    'fitText',
    'h',
    'img',
    'measureText',
    'pageCardJob',
    'pageCardProps',
    'pageOg',
    'recommendationCardJobs',
    'recommendationCardProps',
    'recommendationOg',
    'recommendationSquare',
    'recommendationStory',
    'recommendationTemplates',
    'releaseMemory',
    'renderCardPng',
    'renderCards',
    'renderSvg',
    'safeAreas',
    'svgToPng'
  ])
})
