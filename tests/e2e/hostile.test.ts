import {execFile} from 'node:child_process'
import {mkdir, mkdtemp, readFile, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {formatDiagnostic, loadSite} from '@samizdat/model'
import {renderHtml} from '@samizdat/render-html'
import {renderPdf} from '@samizdat/render-pdf'
import {renderCards} from '@samizdat/render-cards'

// The crash classes the issue found, each through the whole built pipeline (the model parses in
// its worker, then HTML, PDF and cards): every one of these overflowed the stack before.
const root = fileURLToPath(new URL('../../', import.meta.url))
const run = promisify(execFile)
const indent = (depth: number, width: number) => ' '.repeat(depth * width)

const crashClasses: Record<string, string> = {
  'block quotes nested 5000 deep': `${'>'.repeat(5000)} deep\n`,
  'emphasis nested 2500 deep (5000 markers each side)': `${'*'.repeat(5000)}deep${'*'.repeat(5000)}\n`,
  'lists nested 300 deep': Array.from({length: 300}, (_, i) => `${indent(i, 2)}- deep\n`).join(''),
  'admonitions nested 300 deep': Array.from({length: 300}, (_, i) => `${indent(i, 4)}!!! note\n`).join('') + `${indent(300, 4)}deep\n`
}

async function contentFolder(pages: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'samizdat-hostile-'))
  await mkdir(path.join(dir, 'docs'))
  await writeFile(path.join(dir, 'samizdat.yml'), 'site_name: Hostile\nsite_url: https://hostile.example/\nlanguage: en\n')
  for (const [name, text] of Object.entries(pages)) await writeFile(path.join(dir, 'docs', name), text)
  return dir
}

describe('hostile pages never crash a build', () => {
  for (const [name, markdown] of Object.entries(crashClasses)) {
    it(name, async () => {
      const card = '\n### Product\n\n!!! recommendation ""\n    A product.\n\n    [Site](https://example.org){ .md-button .md-button--primary }\n'
      const dir = await contentFolder({'index.md': markdown + card})
      const bundle = await loadSite(dir)
      const messages = bundle.diagnostics.map((d) => formatDiagnostic(d))
      expect(messages.filter((m) => /error/.test(m))).toEqual([])
      expect(messages.filter((m) => m.includes('[nesting-depth]'))).toHaveLength(1)
      const html = await renderHtml(bundle, path.join(dir, 'site'), {search: false})
      expect(await readFile(path.join(dir, 'site', 'index.html'), 'utf8')).toContain('deep')
      expect(html.files).toContain('product/index.html')
      await renderPdf(bundle, path.join(dir, 'leaflets'))
      await renderCards(bundle, path.join(dir, 'cards'), {workers: 0})
    })
  }
})

describe('a page over the parse time limit', () => {
  it('fails the build at its path and leaves the previous outputs as they were', async () => {
    const dir = await contentFolder({'index.md': '# Home\n\nA page.\n'})
    const out = path.join(dir, 'out')
    const cli = path.join(root, 'apps/cli/dist/bin.js')
    await run(process.execPath, [cli, 'build', dir, '--only', 'html', '--out', out])
    const before = await stat(path.join(out, 'site', 'index.html'))
    // cmark's "emphasis closers with no openers": quadratic in micromark, seconds for 64 KB.
    await writeFile(path.join(dir, 'docs', 'slow.md'), 'a_ '.repeat(21_000))
    const failed = await run(process.execPath, [cli, 'build', dir, '--only', 'html', '--out', out], {env: {...process.env, SAMIZDAT_PAGE_TIMEOUT: '0.3'}}).then(
      () => ({code: 0, stderr: ''}),
      (error: {code: number; stderr: string}) => error
    )
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(/docs\/slow\.md:1:1: error: parsing this page took longer than 0\.3 s and was stopped: .* \[parse-time\]/)
    const after = await stat(path.join(out, 'site', 'index.html'))
    expect(after.mtimeMs).toBe(before.mtimeMs)
    await expect(stat(path.join(out, 'site', 'slow', 'index.html'))).rejects.toThrow()
  })
})
