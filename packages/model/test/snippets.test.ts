import {execFileSync} from 'node:child_process'
import {cp, mkdir, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {formatDiagnostic, loadSite} from '@samizdat/model'
import {expandSnippets, originalPoint, type SnippetOptions} from '../src/snippets.js'
import {project} from './helpers/project.js'

const fixture = fileURLToPath(new URL('../../../tests/fixtures/mkdocs-migration/', import.meta.url))


const options = (root: string, more: Partial<SnippetOptions> = {}): SnippetOptions => ({
  basePaths: [root],
  autoAppend: [],
  checkPaths: false,
  restrictBasePath: true,
  dedentSubsections: false,
  ...more
})

/** Expand `page.md` of a project, recording every file the expander reads. */
async function expand(root: string, more: Partial<SnippetOptions> = {}) {
  const reads: string[] = []
  const read = async (file: string) => {
    reads.push(path.relative(root, file))
    return readFile(file, 'utf8')
  }
  const text = await readFile(path.join(root, 'page.md'), 'utf8')
  const result = await expandSnippets(text, {file: 'page.md', dir: root}, options(root, more), {root, read})
  return {...result, reads, lines: result.text.split('\n')}
}

describe('snippets (pymdownx.snippets)', () => {
  it('includes files, sections, line ranges and blocks, indented like the line that names them', async () => {
    const root = await project({
      'page.md': ['# Page', '--8<-- "a.md"', '  --8<-- "b.txt:2:3"', '--8<-- "c.py:greet"', '--8<--', 'a.md', '', ';skipped.md', '--8<--', 'end'].join('\n'),
      'a.md': 'A one\nA two',
      'b.txt': 'b1\nb2\nb3\nb4',
      'c.py': ['import os', '# --8<-- [start:greet]', 'def greet():', '    return "hi"', '# --8<-- [end:greet]', 'print(1)'].join('\n')
    })
    const {lines, origins, snippets, diagnostics} = await expand(root)
    expect(lines).toEqual(['# Page', 'A one', 'A two', '  b2', '  b3', 'def greet():', '    return "hi"', 'A one', 'A two', '', 'end'])
    expect(snippets).toEqual(['a.md', 'b.txt', 'c.py'])
    expect(diagnostics).toEqual([])
    // Each line knows where it was written.
    expect(origins?.slice(0, 7)).toEqual([
      {file: 'page.md', line: 1, shift: 0},
      {file: 'a.md', line: 1, shift: 0},
      {file: 'a.md', line: 2, shift: 0},
      {file: 'b.txt', line: 2, shift: 2},
      {file: 'b.txt', line: 3, shift: 2},
      {file: 'c.py', line: 3, shift: 0},
      {file: 'c.py', line: 4, shift: 0}
    ])
    expect(originalPoint(origins, 'page.md', 4, 5)).toEqual({file: 'b.txt', line: 2, column: 3})
    expect(originalPoint(origins, 'page.md', 11, 2)).toEqual({file: 'page.md', line: 10, column: 2})
  })

  it('keeps an escaped marker as text, skips section markers of whole files, and stops loops', async () => {
    const root = await project({
      'page.md': [';--8<-- "a.md"', '--8<-- "loop.md"', '--8<-- "marked.md"'].join('\n'),
      'loop.md': 'loop start\n--8<-- "loop.md"\nloop end',
      'marked.md': 'before\n<!-- --8<-- [start:x] -->\ninside\n<!-- --8<-- [end:x] -->\nafter'
    })
    const {lines} = await expand(root)
    expect(lines).toEqual(['--8<-- "a.md"', 'loop start', 'loop end', 'before', 'inside', 'after'])
  })

  it('appends auto_append files after two blank lines, as pymdownx does', async () => {
    const root = await project({'page.md': 'Text', 'glossary.md': '*[CLI]: Command-line interface'})
    const {lines, origins} = await expand(root, {autoAppend: ['glossary.md']})
    expect(lines).toEqual(['Text', '', '', '*[CLI]: Command-line interface', ''])
    expect(origins?.[3]).toEqual({file: 'glossary.md', line: 1, shift: 0})
  })

  it('reports a missing snippet (an error under check_paths) and a missing section at the line', async () => {
    const root = await project({'page.md': 'x\n  --8<-- "nope.md"\n--8<-- "a.md:missing"', 'a.md': 'a'})
    const relaxed = await expand(root)
    expect(relaxed.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      expect.stringMatching(/^page\.md:2:11: warning: snippet not found: nope\.md/),
      expect.stringMatching(/^page\.md:3:9: warning: snippet section "missing" is not in a\.md/)
    ])
    const strict = await expand(root, {checkPaths: true})
    expect(strict.diagnostics.map((d) => d.severity)).toEqual(['error', 'error'])
  })

  it('never reads a file outside the project: not by ../, not by an absolute path, not through a link', async () => {
    // The project and, beside it, a file it must not reach.
    const parent = await mkdtemp(path.join(tmpdir(), 'samizdat-outside-'))
    const secret = path.join(parent, 'secret.md')
    await writeFile(secret, 'SECRET')
    const root = path.join(parent, 'project')
    await mkdir(root)
    await writeFile(path.join(root, 'page.md'), ['--8<-- "../secret.md"', `--8<-- "${secret}"`, '--8<-- "link.md"', '--8<-- "https://example.org/x.md"'].join('\n'))
    execFileSync('ln', ['-s', secret, path.join(root, 'link.md')])
    const {text, reads, diagnostics} = await expand(root)
    expect(reads).toEqual([])
    expect(text).not.toContain('SECRET')
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity}`)).toEqual(['1:9 error', '2:9 error', '3:9 error', '4:9 warning'])
    expect(diagnostics[0]?.message).toContain('leaves the project')
    expect(diagnostics[3]?.message).toContain('not fetched')
  })
})

describe('snippets in a project', () => {
  it('refuses the fixture\'s include of a file outside the project without opening it (a FIFO would hang any read)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'samizdat-fifo-'))
    const root = path.join(dir, 'project')
    await cp(fixture, root, {recursive: true})
    // The fixture names ../outside-secret.md: here it is a named pipe, which blocks whoever opens it.
    execFileSync('mkfifo', [path.join(dir, 'outside-secret.md')])
    const bundle = await loadSite(root, {env: {}})
    const errors = bundle.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d))
    expect(errors).toEqual(['docs/escape.md:5:9: error: snippet path leaves the project: ../outside-secret.md; snippets are read only from inside project/ [snippet]'])
  })

  it('points diagnostics into the snippet file, and keys the parse cache on the snippet\'s text', async () => {
    const root = await project({
      'mkdocs.yml': 'site_name: S\nmarkdown_extensions:\n  - pymdownx.snippets:\n      auto_append: [includes/links.md]\n',
      'docs/index.md': '# Home\n\nSee [there][far].\n\n  --8<-- "includes/part.md"\n',
      'includes/part.md': 'Intro.\n\nA [broken](#nowhere) link.\n',
      'includes/links.md': '[far]: other.md#gone\n'
    })
    await writeFile(path.join(root, 'docs/other.md'), '# Other\n')
    const cacheDir = path.join(root, '.cache')
    const first = await loadSite(root, {env: {}, cacheDir, stats: {parsed: 0, cached: 0}})
    expect(first.diagnostics.filter((d) => d.rule.startsWith('link')).map((d) => formatDiagnostic(d))).toEqual([
      'docs/index.md:3:5: warning: link to an anchor that does not exist: other.md#gone (other.md has no heading with id "gone") [link-missing-anchor]',
      'includes/part.md:3:3: warning: link to an anchor that does not exist: #nowhere (index.md has no heading with id "nowhere") [link-missing-anchor]'
    ])
    const again = {parsed: 0, cached: 0}
    await loadSite(root, {env: {}, cacheDir, stats: again})
    expect(again).toMatchObject({parsed: 0, cached: 2})
    await writeFile(path.join(root, 'includes/part.md'), 'Intro, changed.\n')
    const changed = {parsed: 0, cached: 0}
    const bundle = await loadSite(root, {env: {}, cacheDir, stats: changed})
    expect(changed).toMatchObject({parsed: 1, cached: 1})
    expect(JSON.stringify(bundle.pages.find((p) => p.source === 'index.md')?.tree)).toContain('Intro, changed.')
  })
})
