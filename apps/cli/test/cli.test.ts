import {mkdtemp, readFile, writeFile, mkdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {main} from '../src/main.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** Run the command in-process as if from `cwd`; collect what it prints. */
async function run(args: string[], cwd = repo) {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {stdout: {write: (t: string) => (stdout += t)}, stderr: {write: (t: string) => (stderr += t)}, cwd})
  return {code, stdout, stderr}
}

describe('samizdat check', () => {
  it('prints the guide’s honest warnings, compiler style, and succeeds', async () => {
    const {code, stdout, stderr} = await run(['check', 'content'])
    expect(code).toBe(0)
    const lines = stderr.trim().split('\n')
    for (const line of lines) expect(line).toMatch(/^content\/docs\/recommendations\/messengers\.md:\d+:\d+: warning: .+ \[(link-missing-page|icon-unknown|asset-missing)\]$/)
    expect(lines.filter((l) => l.includes('[icon-unknown]'))).toHaveLength(2)
    expect(lines.filter((l) => l.includes('briar.png'))).toHaveLength(1)
    expect(stdout).toMatch(/^2 pages, 3 recommendations: 0 errors, \d+ warnings\n$/)
  })

  it('fails on warnings under --strict', async () => {
    expect((await run(['check', 'content', '--strict'])).code).toBe(1)
  })

  it('reports JSON', async () => {
    const {code, stdout} = await run(['check', 'content', '--format', 'json'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as {ok: boolean; diagnostics: Array<{file: string; line: number; column: number; rule: string}>}
    expect(report.ok).toBe(true)
    expect(report.diagnostics[0]).toEqual(expect.objectContaining({file: 'docs/recommendations/messengers.md', severity: 'warning'}))
  })

  it('fails on bad content with a clear line, never a stack trace', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'samizdat-cli-'))
    await writeFile(path.join(dir, 'page.md'), '---\ntitle: "open\n---\n\n# Page\n')
    const {code, stderr} = await run(['check', dir], dir)
    expect(code).toBe(1)
    expect(stderr).toMatch(/^page\.md:2:\d+: error: front matter is not valid YAML: .+ \[front-matter\]$/m)
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('works on an MkDocs project', async () => {
    const {code, stdout} = await run(['check', 'packages/model/test/fixtures/mkdocs-project'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^2 pages, 1 recommendation:/)
  })
})

describe('samizdat bundle', () => {
  it('writes the bundle, and refuses to when the content has errors', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'samizdat-cli-'))
    const ok = await run(['bundle', 'content', '--out', path.join(dir, 'bundle.json')])
    expect(ok.code).toBe(0)
    const bundle = JSON.parse(await readFile(path.join(dir, 'bundle.json'), 'utf8')) as {recommendations: unknown[]}
    expect(bundle.recommendations).toHaveLength(3)

    const bad = path.join(dir, 'bad')
    await mkdir(bad)
    await writeFile(path.join(bad, 'index.md'), '---\ntitle: x\n')
    const failed = await run(['bundle', bad, '--out', path.join(dir, 'bad.json')])
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(/index\.md:1:1: error: front matter is not closed/)
    await expect(readFile(path.join(dir, 'bad.json'))).rejects.toThrow()
  })
})

describe('samizdat build --leaflet-size', () => {
  it('prints leaflets on A4 when asked, and renders them again when the size changes', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'samizdat-cli-leaflets-'))
    const size = async () => {
      const pdf = await readFile(path.join(out, 'leaflets', 'signal.pdf'), 'latin1')
      return pdf.match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/)?.slice(1).map((points) => Math.round(Number(points)))
    }
    expect((await run(['build', 'content', '--only', 'pdf', '--out', out])).code).toBe(0)
    expect(await size()).toEqual([420, 595])
    const a4 = await run(['build', 'content', '--only', 'pdf', '--out', out, '--leaflet-size', 'a4'])
    expect(a4.code).toBe(0)
    expect(await size()).toEqual([595, 842])
  })
})

describe('invocation', () => {
  it('exits 2 with the usage for a bad invocation', async () => {
    for (const args of [['frobnicate'], ['check', '--nope'], ['check', 'no/such/folder'], ['check', '--format', 'xml'], ['build', '--only', 'html,epub'], ['build', '--leaflet-size', 'B5'], []]) {
      const {code, stderr, stdout} = await run(args)
      expect(code, args.join(' ')).toBe(2)
      expect(stderr + stdout).toMatch(/Usage:/)
    }
  })

  it('prints help', async () => {
    const {code, stdout} = await run(['--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/samizdat build/)
  })
})


describe('an MkDocs repository', () => {
  it('is the folder the command works on when run inside it without one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'samizdat-cli-'))
    await mkdir(path.join(dir, 'docs'))
    await writeFile(path.join(dir, 'mkdocs.yml'), 'site_name: Here\nsite_url: https://here.example/\n')
    await writeFile(path.join(dir, 'docs', 'index.md'), '# Here\n')
    const {code, stdout, stderr} = await run(['check'], dir)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^1 page, 0 recommendations/)
  })

  it('is built into its site_dir unless --out says otherwise; leaflets, cards and the cache go to .cache/samizdat/', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'samizdat-cli-'))
    await mkdir(path.join(dir, 'docs'))
    await writeFile(path.join(dir, 'mkdocs.yml'), 'site_name: Here\nsite_dir: public\n')
    await writeFile(path.join(dir, 'docs', 'index.md'), '# Here\n')
    const {code, stdout} = await run(['build', '--only', 'html'], dir)
    expect(code).toBe(0)
    expect(stdout).toContain('Built public/ (leaflets and cards also in .cache/samizdat/)')
    await expect(readFile(path.join(dir, 'public', 'index.html'), 'utf8')).resolves.toContain('<h1 id="here">Here')
    const out = await run(['build', '--only', 'html', '--out', 'elsewhere'], dir)
    expect(out.code).toBe(0)
    await expect(readFile(path.join(dir, 'elsewhere', 'site', 'index.html'), 'utf8')).resolves.toContain('Here')
  })

  it('is served by `samizdat serve`, the name MkDocs users type for dev', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'samizdat-cli-'))
    await mkdir(path.join(dir, 'docs'))
    await writeFile(path.join(dir, 'mkdocs.yml'), 'site_name: Served\nsite_dir: public\n')
    await writeFile(path.join(dir, 'docs', 'index.md'), '# Served\n')
    let stdout = ''
    const serving = main(['serve', dir, '--port', '0'], {stdout: {write: (t: string) => (stdout += t)}, stderr: {write: () => true}, cwd: dir})
    for (let i = 0; i < 600 && !stdout.includes('Serving http://'); i++) await new Promise((resolve) => setTimeout(resolve, 100))
    const url = /Serving (http:\/\/\S+)/.exec(stdout)?.[1]
    expect(url).toBeDefined()
    const page = await fetch(url!).then((r) => r.text())
    process.emit('SIGINT')
    expect(await serving).toBe(0)
    expect(page).toContain('<h1 id="served">Served')
    // Like `mkdocs serve`, it leaves site_dir alone.
    await expect(readFile(path.join(dir, 'public', 'index.html'))).rejects.toThrow()
  })
})
