import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {attribute, construct, pathData} from './parse-icon-svg.js'
import {requirePackage} from './require-package.js'
import type {IconData, PathPaint} from './types.js'

type Matrix = [number, number, number, number, number, number]

const identity: Matrix = [1, 0, 0, 1, 0, 0]
const folder = path.dirname(requirePackage.resolve('@twemoji/svg/package.json'))
const cache = new Map<string, IconData | null>()
const hexColor = /^#[\da-f]{6}$/i
const shortColor = /^#[\da-f]{3}$/i

/**
 * The Twemoji picture of an emoji (`🎉`, `👍🏽`, `🙋‍♂️`), from `@twemoji/svg` (the pictures
 * Material for MkDocs inlines), as coloured paths every renderer can draw: circles and
 * ellipses become paths, group colours and transforms are carried down to each path.
 * Undefined for text that is not an emoji Twemoji has. Read once per emoji per process.
 */
export function emojiGraphic(emoji: string): IconData | undefined {
  let graphic = cache.get(emoji)
  if (graphic === undefined) {
    graphic = load(emoji)
    cache.set(emoji, graphic)
  }
  return graphic ?? undefined
}

/** Twemoji's file name: code points in hex; without U+FE0F unless the emoji joins several with U+200D. */
export function twemojiFile(emoji: string): string {
  const points = [...emoji].map((char) => (char.codePointAt(0) ?? 0).toString(16))
  return (emoji.includes('\u200D') ? points : points.filter((point) => point !== 'fe0f')).join('-')
}

function load(emoji: string): IconData | null {
  // Only hex digits and hyphens reach the file system: the name comes from code points.
  const points = [...emoji].map((char) => (char.codePointAt(0) ?? 0).toString(16))
  // Twemoji's own rule first; a few joined sequences are filed with every U+FE0F kept or none.
  const names = [twemojiFile(emoji), points.join('-'), points.filter((point) => point !== 'fe0f').join('-')]
  for (const name of names) {
    if (!/^[\da-f]+(?:-[\da-f]+)*$/.test(name)) continue
    const file = path.join(folder, `${name}.svg`)
    if (existsSync(file)) return parseTwemoji(readFileSync(file, 'utf8'), emoji)
  }
  return null
}

interface Group {
  fill: string | null
  opacity: number
  matrix: Matrix
  /** Inside `<defs>` or `<clipPath>`: shapes there are not drawn. */
  hidden: boolean
  name: string
}

/** Parse one Twemoji SVG (a known, regular shape of file) into coloured paths. */
function parseTwemoji(text: string, emoji: string): IconData | null {
  const stack: Group[] = [{fill: '#000000', opacity: 1, matrix: identity, hidden: false, name: ''}]
  const paths: string[] = []
  const paint: PathPaint[] = []
  const fillRules: Array<'nonzero' | 'evenodd'> = []
  let viewBox = ''
  construct.lastIndex = 0
  let index = 0
  while (index < text.length) {
    const lt = text.indexOf('<', index)
    if (lt === -1) break
    construct.lastIndex = lt
    const match = construct.exec(text)
    if (!match) return null
    index = construct.lastIndex
    const [, endName, startName, attributeText = '', selfClosing] = match
    if (endName) {
      stack.pop()
      continue
    }
    if (!startName) continue
    const attributes = new Map<string, string>()
    for (const [, key = '', double, single] of attributeText.matchAll(attribute)) attributes.set(key, double ?? single ?? '')
    const parent = stack.at(-1) as Group
    const group: Group = {
      fill: color(attributes.get('fill')) ?? (attributes.get('fill') === 'none' ? null : parent.fill),
      opacity: parent.opacity * opacityOf(attributes.get('opacity')) * opacityOf(attributes.get('fill-opacity')),
      matrix: multiply(parent.matrix, transformOf(attributes.get('transform'))),
      hidden: parent.hidden || startName === 'defs' || startName === 'clipPath',
      name: startName
    }
    if (startName === 'svg') viewBox = attributes.get('viewBox') ?? '0 0 36 36'
    const d = group.hidden || group.fill === null ? null : shapePath(startName, attributes)
    if (d !== null) {
      paths.push(d)
      fillRules.push(attributes.get('fill-rule') === 'evenodd' ? 'evenodd' : 'nonzero')
      paint.push({
        fill: group.fill ?? '#000000',
        ...(group.opacity < 1 ? {opacity: Math.round(group.opacity * 1000) / 1000} : {}),
        ...(group.matrix.every((value, i) => value === identity[i]) ? {} : {transform: group.matrix.map(round) as Matrix})
      })
    }
    if (selfClosing !== '/') stack.push(group)
  }
  if (paths.length === 0 || viewBox === '') return null
  return {
    set: 'twemoji',
    viewBox,
    paths,
    title: emoji,
    color: null,
    paint,
    ...(fillRules.includes('evenodd') ? {fillRules} : {})
  }
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000
}

function color(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (hexColor.test(value)) return value.toUpperCase()
  if (shortColor.test(value)) return `#${[...value.slice(1)].map((c) => c + c).join('')}`.toUpperCase()
  return undefined
}

function opacityOf(value: string | undefined): number {
  const number = value === undefined ? 1 : Number(value)
  return Number.isFinite(number) ? Math.min(1, Math.max(0, number)) : 1
}

/** A `<path>`, `<circle>` or `<ellipse>` as path data; null for anything else. */
function shapePath(name: string, attributes: Map<string, string>): string | null {
  if (name === 'path') {
    const d = attributes.get('d')?.trim()
    return d && pathData.test(d) ? d : null
  }
  if (name === 'circle' || name === 'ellipse') {
    const cx = Number(attributes.get('cx') ?? 0)
    const cy = Number(attributes.get('cy') ?? 0)
    const rx = Number(attributes.get(name === 'circle' ? 'r' : 'rx') ?? 0)
    const ry = Number(attributes.get(name === 'circle' ? 'r' : 'ry') ?? 0)
    if (![cx, cy, rx, ry].every(Number.isFinite) || rx <= 0 || ry <= 0) return null
    return `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0z`
  }
  return null
}

/** An SVG `transform` list (`matrix`, `translate`, `scale`, `rotate`) as one matrix. */
function transformOf(value: string | undefined): Matrix {
  let matrix = identity
  if (!value) return matrix
  for (const [, kind, args = ''] of value.matchAll(/(matrix|translate|scale|rotate)\s*\(([^)]*)\)/g)) {
    const n = args.split(/[\s,]+/).filter(Boolean).map(Number)
    let next: Matrix = identity
    if (kind === 'matrix' && n.length === 6) next = n as Matrix
    else if (kind === 'translate') next = [1, 0, 0, 1, n[0] ?? 0, n[1] ?? 0]
    else if (kind === 'scale') next = [n[0] ?? 1, 0, 0, n[1] ?? n[0] ?? 1, 0, 0]
    else if (kind === 'rotate') {
      const angle = ((n[0] ?? 0) * Math.PI) / 180
      const [cx = 0, cy = 0] = [n[1], n[2]]
      const cos = Math.cos(angle)
      const sin = Math.sin(angle)
      next = multiply(multiply([1, 0, 0, 1, cx, cy], [cos, sin, -sin, cos, 0, 0]), [1, 0, 0, 1, -cx, -cy])
    }
    if (next.every(Number.isFinite)) matrix = multiply(matrix, next)
  }
  return matrix
}

function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[2] * b[1],
    a[1] * b[0] + a[3] * b[1],
    a[0] * b[2] + a[2] * b[3],
    a[1] * b[2] + a[3] * b[3],
    a[0] * b[4] + a[2] * b[5] + a[4],
    a[1] * b[4] + a[3] * b[5] + a[5]
  ]
}
