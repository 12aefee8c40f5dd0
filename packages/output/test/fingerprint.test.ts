import {mkdir, mkdtemp, stat, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {fingerprint} from '@samizdat/output'

/** node_modules with a workspace package (@samizdat/x, built files in dist/) depending on a registry package (dep). */
async function tree(): Promise<{root: string; from: string; touch(file: string, text: string): Promise<void>}> {
  const root = await mkdtemp(path.join(tmpdir(), 'samizdat-fingerprint-'))
  const files: Record<string, string> = {
    'node_modules/@samizdat/x/package.json': JSON.stringify({name: '@samizdat/x', version: '0.0.0', dependencies: {dep: '^1.0.0'}}),
    'node_modules/@samizdat/x/dist/index.js': 'export const x = 1\n',
    'node_modules/@samizdat/x/dist/lib/a.js': 'export const a = 1\n',
    'node_modules/dep/package.json': JSON.stringify({name: 'dep', version: '1.0.0'}),
    'app/main.js': ''
  }
  // Files as old as a real installation's (a result over them is kept), each write a second later.
  let writes = 0
  const touch = async (file: string, text: string) => {
    const old = new Date(Date.now() - 60_000 + writes++ * 1000)
    await mkdir(path.dirname(path.join(root, file)), {recursive: true})
    await writeFile(path.join(root, file), text)
    await utimes(path.join(root, file), old, old)
    await utimes(path.dirname(path.join(root, file)), old, old)
  }
  for (const [file, text] of Object.entries(files)) await touch(file, text)
  return {root, from: path.join(root, 'app/main.js'), touch}
}

describe('fingerprint', () => {
  it('changes with built files, versions and new files, also when kept in a cache', async () => {
    const {root, from, touch} = await tree()
    const cacheDir = path.join(root, 'cache')
    const first = await fingerprint(['@samizdat/x'], from)
    expect(await fingerprint(['@samizdat/x'], from, {cacheDir})).toBe(first)
    expect(await fingerprint(['@samizdat/x'], from, {cacheDir})).toBe(first)

    await touch('node_modules/@samizdat/x/dist/lib/a.js', 'export const a = 2\n')
    const edited = await fingerprint(['@samizdat/x'], from, {cacheDir})
    expect(edited).not.toBe(first)
    expect(edited).toBe(await fingerprint(['@samizdat/x'], from))

    await touch('node_modules/@samizdat/x/dist/lib/b.js', 'export const b = 1\n')
    const added = await fingerprint(['@samizdat/x'], from, {cacheDir})
    expect(added).not.toBe(edited)

    await touch('node_modules/dep/package.json', JSON.stringify({name: 'dep', version: '1.0.1'}))
    expect(await fingerprint(['@samizdat/x'], from, {cacheDir})).not.toBe(added)
  })

  it('trusts the cache while every file keeps its state (size, mtime, inode): it does not read them', async () => {
    const {root, from, touch} = await tree()
    const cacheDir = path.join(root, 'cache')
    const first = await fingerprint(['@samizdat/x'], from, {cacheDir})
    // Same size, same mtime, same file: taken as unchanged without being read (as make and git do).
    const file = 'node_modules/@samizdat/x/dist/index.js'
    const {mtime, ino} = await stat(path.join(root, file))
    await writeFile(path.join(root, file), 'export const x = 2\n')
    await utimes(path.join(root, file), mtime, mtime)
    expect((await stat(path.join(root, file))).ino).toBe(ino)
    expect(await fingerprint(['@samizdat/x'], from, {cacheDir})).toBe(first)
    // Its mtime changed: read again.
    await utimes(path.join(root, file), new Date(Date.now() - 30_000), new Date(Date.now() - 30_000))
    expect(await fingerprint(['@samizdat/x'], from, {cacheDir})).not.toBe(first)
  })
})
