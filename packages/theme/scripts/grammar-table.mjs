// The table of src/grammars.ts, from the installed highlight.js (through lowlight's list of
// every grammar): shared by the script that writes it and the test that checks it.
import {createRequire} from 'node:module'
import hljs from 'highlight.js/lib/core'
import {all} from 'lowlight'

export function grammarTable() {
  const require = createRequire(import.meta.url)
  const {version} = require('highlight.js/package.json')
  // In lowlight's order of registration: an alias two grammars claim (`ls`, `ml`) is the
  // later one's, and a grammar's own name wins over any alias, as in highlight.js.
  const names = Object.keys(all)
  const modes = new Map(names.map((name) => [name, all[name](hljs)]))
  const canonical = new Map()
  for (const [name, mode] of modes) for (const alias of mode.aliases ?? []) canonical.set(alias.toLowerCase(), name)
  for (const name of names) canonical.set(name.toLowerCase(), name)
  // The languages a grammar's modes embed; [] means "detect among every registered language".
  const embedded = (mode) => {
    const found = new Set()
    const seen = new Set()
    const walk = (value) => {
      if (value === null || typeof value !== 'object' || seen.has(value)) return
      seen.add(value)
      if ('subLanguage' in value) {
        const sub = value.subLanguage
        if (Array.isArray(sub) && sub.length === 0) found.add('*')
        for (const name of [sub].flat()) if (typeof name === 'string') found.add(canonical.get(name.toLowerCase()) ?? name)
      }
      for (const child of Object.values(value)) walk(child)
    }
    walk(mode)
    return found
  }
  const direct = new Map([...modes].map(([name, mode]) => [name, embedded(mode)]))
  const closure = (name) => {
    const needs = new Set()
    const queue = [name]
    while (queue.length > 0) {
      for (const sub of direct.get(queue.pop()) ?? []) {
        if (sub === '*') return [name, '*']
        if (sub !== name && !needs.has(sub) && modes.has(sub)) needs.add(sub), queue.push(sub)
      }
    }
    return [name, ...[...needs].sort()]
  }
  const table = Object.fromEntries([...canonical].sort(([a], [b]) => (a < b ? -1 : 1)).map(([alias, name]) => [alias, closure(name)]))
  return {version, names, table}
}
