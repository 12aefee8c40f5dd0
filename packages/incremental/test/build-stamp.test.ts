import {mkdir, mkdtemp, readFile, rm, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {inputsUnchanged, outputsUnchanged, readStamp, removeStamp, snapshotInputs, snapshotOutputs, writeStamp} from '@samizdat/incremental'

/** A small project: pages, an icon folder, a dot-folder of snippets, and things no build reads. */
async function project(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'samizdat-stamp-'))
  const files: Record<string, string> = {
    'samizdat.yml': 'site_name: Тест\n',
    'docs/index.md': '# Главная\n',
    'docs/sub/page.md': '# Страница\n',
    'icons/set/a.svg': '<svg/>',
    '.snippets/note.md': 'Заметка\n',
    '.git/HEAD': 'ref: refs/heads/main\n',
    'node_modules/x/index.js': '',
    'dist/site/index.html': '<p>old</p>'
  }
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), {recursive: true})
    await writeFile(path.join(root, file), text)
  }
  return root
}

// Files older than the "just changed" window, as files of a real project usually are.
async function age(root: string, files: string[]): Promise<void> {
  const old = new Date(Date.now() - 60_000)
  for (const file of files) await utimes(path.join(root, file), old, old)
}

describe('build stamp', () => {
  it('sees an edited, added, removed or renamed input, and nothing else', async () => {
    const root = await project()
    await age(root, ['samizdat.yml', 'docs/index.md', 'docs/sub/page.md', '.snippets/note.md'])
    const take = () => snapshotInputs([root], [path.join(root, 'dist')])
    const snapshot = take()
    expect(snapshot.files.map((f) => path.relative(root, f.path))).toContain('.snippets/note.md')
    // Version control, dependencies and the build's own outputs are not inputs.
    expect(snapshot.files.some((f) => /\.git|node_modules|dist/.test(path.relative(root, f.path)))).toBe(false)
    expect(inputsUnchanged(snapshot)).toBe(true)

    await writeFile(path.join(root, '.git/HEAD'), 'ref: refs/heads/other\n')
    await writeFile(path.join(root, 'dist/site/index.html'), '<p>new</p>')
    expect(inputsUnchanged(snapshot)).toBe(true)

    await writeFile(path.join(root, 'docs/sub/page.md'), '# Страница!\n')
    expect(inputsUnchanged(snapshot)).toBe(false)

    const second = take()
    await writeFile(path.join(root, 'docs/sub/new.md'), '# Новая\n')
    expect(inputsUnchanged(second)).toBe(false)

    const third = take()
    await rm(path.join(root, 'docs/sub/new.md'))
    expect(inputsUnchanged(third)).toBe(false)
  })

  it('counts a shallow folder by its own entries only', async () => {
    const root = await project()
    await mkdir(path.join(root, 'other/deep'), {recursive: true})
    await writeFile(path.join(root, 'other/deep/notes.txt'), 'a')
    await mkdir(path.join(root, 'venv/lib'), {recursive: true})
    await writeFile(path.join(root, 'venv/lib/site.py'), '')
    await age(root, ['samizdat.yml', 'other/deep/notes.txt', 'other/deep', 'other', 'venv'])
    const snapshot = snapshotInputs([path.join(root, 'docs')], [], [root])
    expect(snapshot.files.some((f) => f.path.includes('venv'))).toBe(false)
    await writeFile(path.join(root, 'other/deep/notes.txt'), 'b')
    await writeFile(path.join(root, 'venv/lib/site.py'), 'x = 1')
    expect(inputsUnchanged(snapshot)).toBe(true)
    // A config file appearing beside the others changes what the project is.
    await writeFile(path.join(root, 'mkdocs.yml'), 'site_name: x\n')
    expect(inputsUnchanged(snapshot)).toBe(false)
  })

  it('compares a file changed just before the snapshot by its content (same size, same mtime)', async () => {
    const root = await project()
    const file = path.join(root, 'docs/index.md')
    const snapshot = snapshotInputs([root], [])
    expect(Object.keys(snapshot.racy)).toContain(file)
    expect(inputsUnchanged(snapshot)).toBe(true)
    // An edit in the same tick of the file system's clock: same size, and the mtime put back.
    const {mtimeMs} = snapshot.files.find((f) => f.path === file)!
    await writeFile(file, '# Глваная\n')
    await utimes(file, new Date(mtimeMs), new Date(mtimeMs))
    const state = snapshotInputs([root], []).files.find((f) => f.path === file)!
    expect(state.size).toBe(snapshot.files.find((f) => f.path === file)!.size)
    expect(inputsUnchanged(snapshot)).toBe(false)
  })

  it('sees an output file changed, replaced, added or removed', async () => {
    const root = await project()
    const site = path.join(root, 'dist/site')
    const outputs = snapshotOutputs([site, path.join(root, 'dist/cards')])
    expect(outputsUnchanged([site, path.join(root, 'dist/cards')], outputs)).toBe(true)
    await writeFile(path.join(site, 'extra.html'), '')
    expect(outputsUnchanged([site, path.join(root, 'dist/cards')], outputs)).toBe(false)
    await rm(path.join(site, 'extra.html'))
    await rm(path.join(site, 'index.html'))
    expect(outputsUnchanged([site, path.join(root, 'dist/cards')], outputs)).toBe(false)
  })

  it('is written and read whole, and removed', async () => {
    const root = await project()
    const file = path.join(root, 'cache/build.json')
    const stamp = {version: 1 as const, key: 'k', env: {A: null}, inputs: snapshotInputs([root], []), outputs: [], report: {said: 'hi'}}
    await writeStamp(file, stamp)
    expect(await readStamp(file)).toEqual(stamp)
    await writeFile(file, (await readFile(file, 'utf8')).replace('"version":1', '"version":0'))
    expect(await readStamp(file)).toBeNull()
    await removeStamp(file)
    expect(await readStamp(file)).toBeNull()
  })
})
