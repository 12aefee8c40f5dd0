// Mutations of Markdown text: the edits a careless or hostile contributor makes, and the
// repetitions that expose superlinear paths (a span duplicated a hundred times).

/** Syntax of CommonMark, GFM and the MkDocs Material dialect, to insert anywhere. */
export const tokens = [
  '*', '**', '***', '_', '__', '`', '``', '```', '~~~', '~', '~~', '[', ']', '](', ')', '![', '(', '<', '>', '\\', '&', '&amp;', '&#x0;', '&#1234567;',
  '\n', '\n\n', '\r\n', '\r', '\t', '    ', '  \n', '- ', '* ', '+ ', '1. ', '2) ', '> ', '# ', '## ', '###### ', '---\n', '***\n', '===\n',
  '| a | b |\n| - | - |\n', '|', ':-:', '[^1]', '[^1]: note\n', '[x]: /url "t"\n', '<http://a.b>', 'www.a.b', 'a@b.c', 'https://a.b/c?d=e',
  '<div markdown>\n', '</div>\n', '<div class="grid cards" markdown>\n', '<details markdown>\n', '<summary>', '<!--', '-->', '<script>x</script>', '<svg onload=x>', '<?php ?>', '<![CDATA[',
  '!!! note\n    ', '!!! note "Title"\n    ', '??? warning\n    ', '???+ tip ""\n    ', '!!! recomendation ""\n    ', '!!! ', '??? ', '"',
  '=== "Tab"\n    ', '{ .md-button }', '{ .md-button .md-button--primary }', '{ #id }', '{: .class }', '{ width="100"; align=right }', '{ onclick=x }', '{', '}',
  ':material-home:', ':octicons-home-24:', ':simple-android:', ':smile:', ':', '*[HTML]: Hyper Text\n', 'Term\n:   Definition\n', '(1)', '{ .annotate }', '# (1)!',
  '==mark==', '^^ins^^', '~sub~', '^sup^', '++ctrl+alt+del++', '{++add++}', '{--del--}', '{~~a~>b~~}', '{==hi==}', '{>>c<<}', '(c)', '-->', '+/-', '1/2',
  '$x$', '$$\n', '\\(', '\\[', '#!python ', '--8<-- "x.md"\n', '```python title="a.py" linenums="1" hl_lines="2"\n',
  'javascript:alert(1)', '[x](javascript:alert(1))', '![x](data:text/html,x)', 'Платформы:', 'ё', '\u0000', '\u200b', '\ufeff', '😀', 'ﷺ'
]

/**
 * Apply 1 to `max` random mutations to `text` with the generator `random`; `others` are texts
 * to splice from. The result never exceeds `maxBytes` characters.
 */
export function mutate(text, random, others, maxBytes, max = 8) {
  let value = text
  const count = 1 + random.int(max)
  for (let i = 0; i < count; i++) {
    const next = random.pick(mutations)(value, random, others, maxBytes)
    if (next.length <= maxBytes) value = next
  }
  return value
}

function span(text, random, longest = 400) {
  const start = random.int(text.length + 1)
  const end = Math.min(text.length, start + random.int(longest))
  return [start, end]
}

function lineRange(lines, random) {
  const start = random.int(lines.length)
  return [start, Math.min(lines.length, start + 1 + random.int(20))]
}

const specials = ['*', '_', '`', '[', ']', '(', ')', '<', '>', '!', '?', '"', "'", '\\', '&', '#', '|', '~', '^', '=', '+', '-', ':', '{', '}', '$', ' ', '\t', '\n', '\r']
const wrappers = [['*', '*'], ['**', '**'], ['_', '_'], ['~~', '~~'], ['`', '`'], ['[', '](u)'], ['![', '](i.png)'], ['[', ']'], ['<', '>'], ['{ ', ' }'], ['==', '=='], ['^^', '^^'], ['{++', '++}'], ['"', '"']]
const prefixes = ['> ', '- ', '* ', '1. ', '    ', '  ', '\t', '>>', '- > ', '1. - ']
const openers = ['!!! note\n', '??? note "t"\n', '???+ tip\n', '=== "Tab"\n', '- ', '> ', '1. ']

const mutations = [
  function deleteSpan(text, random) {
    const [start, end] = span(text, random)
    return text.slice(0, start) + text.slice(end)
  },
  function duplicateSpan(text, random, _others, maxBytes) {
    const [start, end] = span(text, random, 200)
    const piece = text.slice(start, end)
    const room = Math.max(1, Math.floor((maxBytes - text.length) / Math.max(1, piece.length)))
    const times = Math.min(room, random.chance(0.3) ? 1 + random.int(1000) : 2 + random.int(8))
    return text.slice(0, end) + piece.repeat(times) + text.slice(end)
  },
  function insertToken(text, random) {
    const at = random.int(text.length + 1)
    const token = random.pick(tokens).repeat(random.chance(0.1) ? 1 + random.int(200) : 1)
    return text.slice(0, at) + token + text.slice(at)
  },
  function spliceOther(text, random, others) {
    const other = random.pick(others) ?? ''
    const [start, end] = span(other, random, 2000)
    const at = random.int(text.length + 1)
    return text.slice(0, at) + other.slice(start, end) + text.slice(at)
  },
  function replaceCharacter(text, random) {
    if (text === '') return random.pick(specials)
    const at = random.int(text.length)
    return text.slice(0, at) + random.pick(specials) + text.slice(at + 1)
  },
  function wrapSpan(text, random) {
    const [start, end] = span(text, random, 80)
    const [open, close] = random.pick(wrappers)
    return text.slice(0, start) + open + text.slice(start, end) + close + text.slice(end)
  },
  function indentLines(text, random) {
    const lines = text.split('\n')
    const [start, end] = lineRange(lines, random)
    const change = random.int(9) - 4
    for (let i = start; i < end; i++) lines[i] = change > 0 ? ' '.repeat(change) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-change}}`), '')
    return lines.join('\n')
  },
  function prefixLines(text, random) {
    const lines = text.split('\n')
    const [start, end] = lineRange(lines, random)
    const prefix = random.pick(prefixes)
    for (let i = start; i < end; i++) lines[i] = prefix + lines[i]
    return lines.join('\n')
  },
  function nestUnderOpener(text, random) {
    const lines = text.split('\n')
    const [start, end] = lineRange(lines, random)
    const opener = random.pick(openers)
    const indent = opener.endsWith('\n') ? '    ' : ' '.repeat(opener.length)
    const body = lines.slice(start, end).map((line, i) => (i === 0 && !opener.endsWith('\n') ? line : indent + line))
    return [...lines.slice(0, start), (opener.endsWith('\n') ? opener.slice(0, -1) + '\n' + body[0] : opener + body[0]), ...body.slice(1), ...lines.slice(end)].join('\n')
  },
  function swapLines(text, random) {
    const lines = text.split('\n')
    const a = random.int(lines.length)
    const b = random.int(lines.length)
    ;[lines[a], lines[b]] = [lines[b], lines[a]]
    return lines.join('\n')
  },
  function lineEndings(text, random) {
    return random.chance(0.5) ? text.replace(/\n/g, '\r\n') : text.replace(/\n/g, '\r')
  },
  function truncate(text, random) {
    return text.slice(0, random.int(text.length + 1))
  }
]
