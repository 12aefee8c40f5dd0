import {mkdtemp, readFile, readdir, writeFile, mkdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {contentType, sourceDate, writeFileIn, writeOutputDir} from '@samizdat/output'

describe('@samizdat/output', () => {
  it('exposes its public API', async () => {
    expect(Object.keys(await import('@samizdat/output')).sort()).toEqual(['PoolTimeout', 'contentType', 'defaultPoolSize', 'fileState', 'fingerprint', 'sameFileState', 'sameFileStates', 'sourceDate', 'workerPool', 'writeFileIn', 'writeOutputDir'])
  })

  it('replaces the output folder only when the build succeeds', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'samizdat-output-'))
    const dest = path.join(base, 'site')
    await writeOutputDir(dest, async (dir) => writeFileIn(dir, 'a/index.html', 'first'))
    expect(await readFile(path.join(dest, 'a/index.html'), 'utf8')).toBe('first')

    await expect(
      writeOutputDir(dest, async (dir) => {
        await writeFileIn(dir, 'a/index.html', 'half-written')
        throw new Error('renderer failed')
      })
    ).rejects.toThrow('renderer failed')
    expect(await readFile(path.join(dest, 'a/index.html'), 'utf8')).toBe('first')
    // No temporary folder is left behind either.
    expect(await readdir(base)).toEqual(['site'])

    await writeOutputDir(dest, async (dir) => writeFileIn(dir, 'b.txt', 'second'))
    expect(await readdir(dest)).toEqual(['b.txt'])
  })

  it('refuses to write outside the output folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'samizdat-output-'))
    await mkdir(path.join(dir, 'out'))
    await expect(writeFileIn(path.join(dir, 'out'), '../escape.txt', 'x')).rejects.toThrow(/outside the output folder/)
    await writeFile(path.join(dir, 'marker'), '')
    expect((await readdir(dir)).sort()).toEqual(['marker', 'out'])
  })

  it('names file types by extension, case-insensitively, with a safe default', () => {
    expect(contentType('a/index.html')).toBe('text/html; charset=utf-8')
    expect(contentType('LOGO.SVG')).toBe('image/svg+xml')
    expect(contentType('pagefind/wasm.ru.pagefind')).toBe('application/octet-stream')
  })

  it('takes the date from SOURCE_DATE_EPOCH and never from the clock', () => {
    expect(sourceDate({SOURCE_DATE_EPOCH: '1700000000'}).toISOString()).toBe('2023-11-14T22:13:20.000Z')
    expect(sourceDate({}).toISOString()).toBe(sourceDate({}).toISOString())
    expect(() => sourceDate({SOURCE_DATE_EPOCH: 'yesterday'})).toThrow(/whole seconds/)
  })
})
