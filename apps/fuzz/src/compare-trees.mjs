// Round-trip comparison: two mdast trees without positions, and where they first differ.

/** A copy of `tree` without `position` fields, as plain JSON values. */
export function withoutPositions(tree) {
  return JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value)))
}

/**
 * The first place two JSON values differ, as `{path, before, after}` (path like
 * `root > list > listItem[1] > paragraph.children`), or null when they are equal. Iterative.
 */
export function firstDifference(a, b) {
  const stack = [{a, b, path: a?.type ?? 'root'}]
  while (stack.length > 0) {
    const {a: x, b: y, path} = stack.pop()
    if (x === y) continue
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null || Array.isArray(x) !== Array.isArray(y)) {
      return {path, before: summary(x), after: summary(y)}
    }
    if (Array.isArray(x)) {
      if (x.length !== y.length) return {path: `${path} (length)`, before: x.map(describe).join(', '), after: y.map(describe).join(', ')}
      for (let i = x.length - 1; i >= 0; i--) stack.push({a: x[i], b: y[i], path: `${path}[${i}] ${describe(x[i])}`})
      continue
    }
    const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort().reverse()
    for (const key of keys) stack.push({a: x[key], b: y[key], path: key === 'children' ? path : `${path}.${key}`})
  }
  return null
}

function describe(node) {
  return typeof node === 'object' && node !== null && 'type' in node ? String(node.type) : typeof node
}

function summary(value) {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 200 ? `${text.slice(0, 200)}…` : text
}

/** The kind of a difference, for grouping: its path without indexes and with node types only. */
export function differenceSignature(difference) {
  return difference.path.replace(/\[\d+\] /g, ' > ').replace(/\s+/g, ' ')
}
