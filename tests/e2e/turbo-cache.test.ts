import {execFileSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

interface DryRun {
  tasks: Array<{taskId: string; command: string; cache: {status: 'HIT' | 'MISS'}}>
}

// `npm test` runs `turbo run build` before vitest, so everything must now be cached:
// a second build parses nothing and renders nothing.
describe('turbo build', () => {
  it('replays every task from the cache when nothing changed', () => {
    const output = execFileSync(path.join(repo, 'node_modules/.bin/turbo'), ['run', 'build', '--dry-run=json'], {cwd: repo, encoding: 'utf8'})
    const dry = JSON.parse(output) as DryRun
    const ids = dry.tasks.map((t) => t.taskId)
    expect(ids).toContain('@samizdat/content#build')
    expect(ids).toContain('@samizdat/app-site#build')
    // A package without a build script (apps/bench) has nothing to cache; turbo lists it as a miss.
    const missed = dry.tasks.filter((t) => t.command !== '<NONEXISTENT>' && t.cache.status !== 'HIT').map((t) => t.taskId)
    expect(missed).toEqual([])
  })
})
