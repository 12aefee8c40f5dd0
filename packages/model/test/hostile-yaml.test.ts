import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {formatDiagnostic, loadSite} from '@samizdat/model'

// Front matter and config are data: an alias bomb, a tag that names code, or absurd nesting is an
// error with its line (or harmless text), never an exception, never run.
const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n')

const config = 'site_name: T\nsite_url: https://t.example/\n'

async function site(files: Record<string, string>): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'samizdat-yaml-'))
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), {recursive: true})
    await writeFile(path.join(dir, name), text)
  }
  const bundle = await loadSite(dir, {workers: 0})
  return bundle.diagnostics.map((d) => formatDiagnostic(d))
}

describe('hostile YAML', () => {
  it('reports an alias bomb in front matter at its first alias', async () => {
    const messages = await site({'samizdat.yml': config, 'docs/index.md': `---\ntitle: T\n${bomb}\n---\n\n# Page\n`})
    expect(messages).toEqual(['docs/index.md:4:8: error: front matter is not valid: too many aliases (more than 100 expansions): an alias bomb? [front-matter]'])
  })

  it('reports an alias bomb in the config', async () => {
    const messages = await site({'samizdat.yml': `${config}${bomb}\n`, 'docs/index.md': '# Page\n'})
    expect(messages.filter((m) => m.includes('error'))).toEqual(['samizdat.yml:4:8: error: samizdat.yml expands to more than 100000 values through aliases (an alias bomb?); simplify it [config]'])
  })

  it('reads tags that name code as plain text and runs nothing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'samizdat-yaml-'))
    await mkdir(path.join(dir, 'docs'))
    await writeFile(path.join(dir, 'samizdat.yml'), config)
    await writeFile(path.join(dir, 'docs', 'index.md'), '---\ntitle: !!js/function "function () { globalThis.ran = true }"\nx: !!python/object/apply:os.system ["touch pwned"]\n---\n\n# Page\n')
    const bundle = await loadSite(dir, {workers: 0})
    expect(bundle.pages[0]?.frontmatter).toEqual({title: 'function () { globalThis.ran = true }', x: ['touch pwned']})
    expect((globalThis as {ran?: boolean}).ran).toBeUndefined()
    expect(bundle.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  // Composed, these would overflow the stack or abort the process (the yaml package runs out of
  // regular-expression memory): each is refused at the collection past the limit, before composing.
  it('reports front matter nested absurdly deep, in flow and block style', async () => {
    const flow = `x: ${'['.repeat(100_000)}1${']'.repeat(100_000)}`
    const block = 'x:\n' + Array.from({length: 3000}, (_, i) => ' '.repeat(i + 1) + '- ').join('\n') + '1'
    expect(await site({'samizdat.yml': config, 'docs/index.md': `---\n${flow}\n---\n\n# Page\n`})).toEqual(['docs/index.md:2:67: error: front matter is not valid: nested more than 64 levels deep [front-matter]'])
    expect(await site({'samizdat.yml': config, 'docs/index.md': `---\n${block}\n---\n\n# Page\n`})).toEqual(['docs/index.md:66:65: error: front matter is not valid: nested more than 64 levels deep [front-matter]'])
  })

  it('reports a config nested absurdly deep', async () => {
    const messages = await site({'samizdat.yml': `${config}x: ${'{a: '.repeat(50_000)}1${'}'.repeat(50_000)}\n`, 'docs/index.md': '# Page\n'})
    expect(messages.filter((m) => m.includes('error'))).toEqual(['samizdat.yml:3:256: error: samizdat.yml is not valid: nested more than 64 levels deep [config]'])
  })
})
