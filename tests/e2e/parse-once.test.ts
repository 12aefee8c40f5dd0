import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const hook = pathToFileURL(path.join(repo, 'tests/support/record-imports.mjs')).href

/** Every module URL a fresh Node process resolves while importing `specifier` (from the repo). */
function modulesLoadedBy(specifier: string): string[] {
  const log = path.join(mkdtempSync(path.join(tmpdir(), 'samizdat-imports-')), 'imports.txt')
  const register = `data:text/javascript,import {register} from 'node:module'; register(${JSON.stringify(hook)});`
  execFileSync(process.execPath, ['--import', register, '--input-type=module', '-e', `await import(${JSON.stringify(specifier)})`], {
    cwd: repo,
    env: {...process.env, RECORD_IMPORTS_TO: log}
  })
  return readFileSync(log, 'utf8').trim().split('\n')
}

const parser = /\/node_modules\/(remark-parse|micromark|mdast-util-from-markdown)\//

// DESIGN: only the parsing side imports remark-parse; renderers read the bundle.
describe('parse once', () => {
  for (const renderer of ['@samizdat/render-html', '@samizdat/render-pdf', '@samizdat/render-cards']) {
    it(`${renderer} never loads the Markdown parser`, () => {
      const loaded = modulesLoadedBy(renderer)
      expect(loaded.some((url) => url.includes('/packages/model/dist/'))).toBe(true)
      expect(loaded.filter((url) => parser.test(url))).toEqual([])
    })
  }

  it('the parsing side does load it (so the check above can fail)', () => {
    expect(modulesLoadedBy(pathToFileURL(path.join(repo, 'packages/model/dist/parse-task.js')).href).filter((url) => parser.test(url)).length).toBeGreaterThan(0)
  })

  // Pages parse on worker threads (or come from the cache): the thread that loads the site and
  // renders never loads the parser itself.
  it('loading a site loads the parser only where pages are parsed', () => {
    const loaded = modulesLoadedBy('@samizdat/model/load')
    expect(loaded.some((url) => url.includes('/packages/model/dist/load-site.js'))).toBe(true)
    expect(loaded.filter((url) => parser.test(url))).toEqual([])
  })
})
