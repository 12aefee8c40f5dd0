import {execFile, spawn, type ChildProcess} from 'node:child_process'
import {randomBytes} from 'node:crypto'
import {existsSync} from 'node:fs'
import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const exec = promisify(execFile)
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const serverCli = path.join(repo, 'node_modules/turborepo-remote-cache/dist/cli.js')
const team = 'samizdat'
const token = randomBytes(16).toString('hex')

interface RunSummary {
  tasks: Array<{taskId: string; hash: string; cache: {status: 'HIT' | 'MISS'; source?: 'LOCAL' | 'REMOTE'}; execution?: {exitCode?: number}}>
}

interface Server {
  url: string
  process: ChildProcess
}

/** Start turborepo-remote-cache on 127.0.0.1 at a free port, storing artifacts under `storage`. */
async function startServer(storage: string): Promise<Server> {
  if (!existsSync(serverCli)) throw new Error(`${serverCli} is missing: install the workspace (npm ci)`)
  const env = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    TURBO_TOKEN: token,
    STORAGE_PROVIDER: 'local',
    STORAGE_PATH: storage,
    STORAGE_PATH_USE_TMP_FOLDER: 'false',
    LOG_LEVEL: 'info',
    NODE_ENV: 'production'
  }
  const child = spawn(process.execPath, [serverCli], {env, stdio: ['ignore', 'pipe', 'pipe']})
  let log = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the cache server did not start within 30 s:\n${log}`)), 30_000)
    const onData = (chunk: Buffer) => {
      log += chunk.toString()
      const found = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(log)
      if (found?.[1] !== undefined) {
        clearTimeout(timer)
        resolve(found[1])
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the cache server exited (${code}) before listening:\n${log}`))
    })
  })
  return {url, process: child}
}

/** Stop the server and wait for it to be gone (SIGKILL if it lingers past its grace period). */
async function stopServer(server: Server): Promise<void> {
  const child = server.process
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
  await exited
  clearTimeout(timer)
}

/** Run a command with a time limit; on failure the error carries the end of its output. */
async function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, minutes: number) {
  try {
    return await exec(command, args, {cwd, env, timeout: minutes * 60_000, killSignal: 'SIGKILL', maxBuffer: 64 << 20})
  } catch (error) {
    const e = error as Error & {stdout?: string; stderr?: string}
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}: ${e.message}\n${(e.stdout ?? '').slice(-3000)}\n${(e.stderr ?? '').slice(-3000)}`)
  }
}

/** Every file below `dir`, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
}

let work: string
let server: Server | undefined
// Both clones build this commit, even if someone commits while the first one builds.
let commit: string

beforeAll(async () => {
  commit = (await exec('git', ['rev-parse', 'HEAD'], {cwd: repo})).stdout.trim()
  work = await mkdtemp(path.join(tmpdir(), 'samizdat-remote-cache-'))
  server = await startServer(path.join(work, 'storage'))
})

afterAll(async () => {
  if (server !== undefined) await stopServer(server)
  if (work !== undefined) await rm(work, {recursive: true, force: true})
})

/** Clone the repository at `commit` into `work/name`, install from the lockfile, and build with the remote cache. */
async function cloneAndBuild(name: string) {
  const dir = path.join(work, name)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TURBO_API: server!.url,
    TURBO_TOKEN: token,
    TURBO_TEAM: team,
    TURBO_TELEMETRY_DISABLED: '1',
    DO_NOT_TRACK: '1',
    TURBO_NO_UPDATE_NOTIFIER: '1'
  }
  const times: Record<string, number> = {}
  let started = performance.now()
  await run('git', ['clone', '--quiet', '--no-local', '--no-checkout', repo, dir], work, env, 2)
  await run('git', ['checkout', '--quiet', '--detach', commit], dir, env, 1)
  await run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], dir, env, 8)
  times['install'] = performance.now() - started
  started = performance.now()
  const {stdout} = await run(path.join(dir, 'node_modules/.bin/turbo'), ['run', 'build', '--summarize', '--no-color'], dir, env, 8)
  times['build'] = performance.now() - started
  const runs = path.join(dir, '.turbo/runs')
  const [summaryFile, ...others] = (await readdir(runs)).filter((f) => f.endsWith('.json'))
  expect(others, 'one run summary per clean clone').toEqual([])
  const summary = JSON.parse(await readFile(path.join(runs, summaryFile!), 'utf8')) as RunSummary
  console.log(`remote cache, clone ${name}: clone + npm ci ${(times['install']! / 1000).toFixed(1)} s, turbo build ${(times['build']! / 1000).toFixed(1)} s, ${summary.tasks.length} tasks`)
  return {dir, stdout, summary}
}

describe('shared build cache (turbo remote cache protocol)', () => {
  it('a second clean clone replays every task from the cache the first one filled', async () => {
    const a = await cloneAndBuild('a')
    const ids = a.summary.tasks.map((t) => t.taskId).sort()
    expect(ids).toContain('@samizdat/content#build')
    expect(ids).toContain('@samizdat/app-site#build')
    // A clean clone has no local cache and the server starts empty: everything runs.
    expect(a.summary.tasks.filter((t) => t.cache.status !== 'MISS').map((t) => t.taskId)).toEqual([])
    // ...and is uploaded: the server holds an artifact for every task's hash.
    const stored = (await filesUnder(path.join(work, 'storage'))).join('\n')
    expect(a.summary.tasks.filter((t) => !stored.includes(t.hash)).map((t) => t.taskId)).toEqual([])

    const b = await cloneAndBuild('b')
    expect(b.summary.tasks.map((t) => t.taskId).sort()).toEqual(ids)
    const notReplayed = b.summary.tasks.filter((t) => t.cache.status !== 'HIT' || t.cache.source !== 'REMOTE')
    expect(notReplayed.map((t) => `${t.taskId}: ${t.cache.status} ${t.cache.source ?? ''}`)).toEqual([])
    expect(b.stdout).toContain('FULL TURBO')
    const hashes = (s: RunSummary) => Object.fromEntries(s.tasks.map((t) => [t.taskId, t.hash]))
    expect(hashes(b.summary)).toEqual(hashes(a.summary))

    // The replayed outputs are the files the first clone built.
    for (const file of ['content/dist/bundle.json', 'apps/site/dist/index.html']) {
      const [built, replayed] = await Promise.all([readFile(path.join(a.dir, file)), readFile(path.join(b.dir, file))])
      expect(replayed.length, file).toBeGreaterThan(0)
      expect(replayed.equals(built), `${file} is byte-identical`).toBe(true)
    }
  }, 20 * 60_000)
})
