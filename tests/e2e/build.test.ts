import {execFile} from 'node:child_process'
import {createHash} from 'node:crypto'
import {cp, mkdtemp, readFile, readdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {beforeAll, describe, expect, it} from 'vitest'

const run = promisify(execFile)
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = path.join(repo, 'apps/cli/dist/bin.js')

/** Run the built `samizdat` command; never throws, returns the exit code and output. */
async function samizdat(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const {stdout, stderr} = await run(process.execPath, [bin, ...args], {cwd: repo, env: {...process.env, ...env}, maxBuffer: 64 << 20})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string}
    return {code: e.code, stdout: e.stdout, stderr: e.stderr}
  }
}

/** Every file under `dir` with the SHA-256 of its bytes. */
async function hashes(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  const out: Record<string, string> = {}
  for (const e of entries.filter((e) => e.isFile() && !path.relative(dir, e.parentPath).startsWith('.samizdat-cache')).sort((a, b) => (a.parentPath + a.name < b.parentPath + b.name ? -1 : 1))) {
    const file = path.join(e.parentPath, e.name)
    out[path.relative(dir, file)] = createHash('sha256').update(await readFile(file)).digest('hex')
  }
  return out
}

describe('samizdat build (the whole pipeline, one parse)', () => {
  let out: string
  let first: Record<string, string>

  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'samizdat-build-'))
    const result = await samizdat(['build', 'content', '--out', out], {SOURCE_DATE_EPOCH: '1700000000'})
    expect(result.stderr).not.toMatch(/error:/)
    expect(result.code).toBe(0)
    first = await hashes(out)
  })

  it('writes the site, the leaflets and the cards', () => {
    const files = Object.keys(first)
    expect(files).toContain('site/index.html')
    expect(files).toContain('site/recommendations/messengers/index.html')
    for (const slug of ['signal', 'session', 'briar']) {
      expect(files).toContain(`site/recommendations/messengers/${slug}/index.html`)
      expect(files).toContain(`leaflets/${slug}.pdf`)
      for (const size of ['og', 'square', 'story']) {
        expect(files).toContain(`cards/${slug}-${size}.png`)
        expect(files).toContain(`cards/${slug}-${size}.json`)
      }
    }
    expect(files).toContain('leaflets/pages/recommendations-messengers.pdf')
    expect(files).toContain('cards/pages/recommendations-messengers-og.png')
  })

  it('gives byte-identical outputs for the same input', async () => {
    const again = await mkdtemp(path.join(tmpdir(), 'samizdat-build-'))
    const result = await samizdat(['build', 'content', '--out', again], {SOURCE_DATE_EPOCH: '1700000000'})
    expect(result.code).toBe(0)
    expect(await hashes(again)).toEqual(first)
  })

  it('leaves the previous outputs intact when the content has errors', async () => {
    const broken = await mkdtemp(path.join(tmpdir(), 'samizdat-broken-'))
    await cp(path.join(repo, 'content'), broken, {recursive: true, filter: (src) => !src.includes(`${path.sep}dist`)})
    const page = path.join(broken, 'docs/recommendations/messengers.md')
    await writeFile(page, (await readFile(page, 'utf8')).replace('icon: material/message-text-outline', 'icon: [unclosed'))
    const result = await samizdat(['build', broken, '--out', out])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/docs\/recommendations\/messengers\.md:2:\d+: error: front matter is not valid YAML/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(await hashes(out)).toEqual(first)
  })

  it('builds only what --only asks for', async () => {
    const only = await mkdtemp(path.join(tmpdir(), 'samizdat-only-'))
    const result = await samizdat(['build', 'content', '--out', only, '--only', 'cards'])
    expect(result.code).toBe(0)
    expect((await readdir(only)).filter((f) => !f.startsWith('.'))).toEqual(['cards'])
  })
})
