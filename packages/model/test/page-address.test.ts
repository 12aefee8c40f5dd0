import {describe, expect, it} from 'vitest'
import {pageKeyFromUrl, pageUrl, uniqueKeys} from '../src/page-address.js'

describe('page addresses', () => {
  it('gives pretty URLs and ASCII keys', () => {
    expect(pageUrl('index.md')).toBe('/')
    expect(pageUrl('a/README.md')).toBe('/a/')
    expect(pageUrl('рекомендации/мессенджеры.md')).toBe('/%D1%80%D0%B5%D0%BA%D0%BE%D0%BC%D0%B5%D0%BD%D0%B4%D0%B0%D1%86%D0%B8%D0%B8/%D0%BC%D0%B5%D1%81%D1%81%D0%B5%D0%BD%D0%B4%D0%B6%D0%B5%D1%80%D1%8B/')
    expect(pageKeyFromUrl(pageUrl('рекомендации/мессенджеры.md'))).toMatch(/^[a-z0-9-]+$/)
  })

  it('never gives two pages the same key, even when a numbered key already exists', () => {
    const keys = uniqueKeys(['a', 'a', 'a-2', 'b', 'a'])
    expect(keys).toEqual(['a', 'a-3', 'a-2', 'b', 'a-4'])
    expect(new Set(keys).size).toBe(keys.length)
  })
})
