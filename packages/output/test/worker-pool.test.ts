import {threadId} from 'node:worker_threads'
import {afterEach, describe, expect, it} from 'vitest'
import {PoolTimeout, workerPool, type PoolTask, type WorkerPool} from '@samizdat/output'

const module = new URL('./fixtures/pool-tasks.mjs', import.meta.url).href
const task = (name: string): PoolTask => ({module, name})
const pools: WorkerPool[] = []
const open = (size: number) => {
  const pool = workerPool(size)
  pools.push(pool)
  return pool
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()))
})

describe('workerPool', () => {
  it('runs tasks on at most `size` threads, other than this one, keeping each module loaded', async () => {
    const pool = open(2)
    const results = await Promise.all(Array.from({length: 8}, (_, n) => pool.run<{value: number; threadId: number; calls: number}>(task('double'), n)))
    expect(results.map((r) => r.value)).toEqual([0, 2, 4, 6, 8, 10, 12, 14])
    const threads = new Set(results.map((r) => r.threadId))
    expect(threads.size).toBeLessThanOrEqual(2)
    expect(threads.has(threadId)).toBe(false)
    // The module was imported once per thread: its counter went on across tasks.
    expect(Math.max(...results.map((r) => r.calls))).toBeGreaterThan(1)
  })

  it('starts no thread until a task comes', async () => {
    const pool = open(2)
    await pool.close()
    await expect(pool.run(task('double'), 1)).rejects.toThrow(/closed/)
  })

  it('moves bytes back', async () => {
    const bytes = await open(1).run<Uint8Array>(task('bytes'), 100_000)
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect(bytes.length).toBe(100_000)
    expect(bytes[99_999]).toBe(7)
  })

  it('rejects with the task’s error and goes on', async () => {
    const pool = open(1)
    await expect(pool.run(task('fail'), 'bad input')).rejects.toThrow(/bad input/)
    await expect(pool.run(task('missing'), 1)).rejects.toThrow(/exports no function missing/)
    expect((await pool.run<{value: number}>(task('double'), 4)).value).toBe(8)
  })

  it('stops a task past its time limit and replaces the thread', async () => {
    const pool = open(1)
    const spinning = pool.run(task('spin'), null, {timeoutMs: 300})
    const queued = pool.run<{value: number}>(task('double'), 5)
    await expect(spinning).rejects.toBeInstanceOf(PoolTimeout)
    expect((await queued).value).toBe(10)
  })

  it('fails the task of a thread that exits, and replaces the thread', async () => {
    const pool = open(1)
    await expect(pool.run(task('crash'), null)).rejects.toThrow(/exited with code 3/)
    expect((await pool.run<{value: number}>(task('double'), 6)).value).toBe(12)
  })

  it('ends a thread that was idle for idleMs, and starts a new one for the next task', async () => {
    const pool = workerPool(1, {idleMs: 50})
    pools.push(pool)
    const first = await pool.run<{threadId: number}>(task('double'), 1)
    const soon = await pool.run<{threadId: number}>(task('double'), 1)
    expect(soon.threadId, 'busy: the same thread').toBe(first.threadId)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect((await pool.run<{threadId: number}>(task('double'), 1)).threadId).not.toBe(first.threadId)
  })

  it('refuses a size that is not a positive integer', () => {
    expect(() => workerPool(0)).toThrow(RangeError)
  })
})
