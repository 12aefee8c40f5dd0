// A pool of child processes that run inputs through the pipeline. A child that takes longer
// than the timeout (a hang) or dies (out of memory) is killed and replaced; the input is
// reported as such. Children keep their loaded modules, so each input costs only its own work.
import {fork} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const childScript = fileURLToPath(new URL('./child.mjs', import.meta.url))
// Linux reports CPU time in clock ticks of 1/100 s (USER_HZ).
const ticksPerMs = 0.1

/**
 * CPU milliseconds a process has used (Linux `/proc`), or null where that is not available.
 * Timeouts count CPU time, not wall time: on a machine shared with other work, a process can
 * wait far longer than it runs, and that is no hang.
 */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')
    return (Number(fields[11]) + Number(fields[12])) / ticksPerMs
  } catch {
    return null
  }
}

/**
 * Start `size` children working in folders under `workDir`. `run(markdown, stages, timeout?)` resolves
 * to `{result}` (what `runInput` returned), `{hang: ms}` or `{died: reason}`; `close()` ends them.
 */
export function createPool({size, workDir, timeoutMs, memoryMb = 2048}) {
  const queue = []
  const slots = []
  let nextId = 0
  let closed = false

  function spawn(index) {
    const child = fork(childScript, [path.join(workDir, `child-${index}`)], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      execArgv: [`--max-old-space-size=${memoryMb}`]
    })
    const slot = {child, task: null, timer: null, ready: false, stderr: ''}
    child.stderr.on('data', (chunk) => (slot.stderr = (slot.stderr + chunk).slice(-2000)))
    child.on('message', (message) => {
      if (message.ready) {
        slot.ready = true
        return pump()
      }
      if (slot.task?.id !== message.id) return
      finish(slot, {result: message.result})
    })
    child.on('exit', (code, signal) => {
      // Replace the child before anything else is sent: this one's channel is closed.
      slot.ready = false
      if (!closed) slots[index] = spawn(index)
      if (slot.task !== null) finish(slot, {died: `child exited with ${signal ?? `code ${code}`}: ${slot.stderr.trim().split('\n').slice(-3).join(' | ')}`})
    })
    return slot
  }

  function finish(slot, outcome) {
    clearTimeout(slot.timer)
    const task = slot.task
    slot.task = null
    task.resolve(outcome)
    pump()
  }

  function pump() {
    for (const slot of slots) {
      if (!slot.ready || slot.task !== null || queue.length === 0) continue
      const task = queue.shift()
      slot.task = task
      task.started = performance.now()
      task.cpuAtStart = cpuMs(slot.child.pid)
      const limit = task.timeoutMs ?? timeoutMs
      const check = () => {
        if (slot.task !== task) return
        const cpu = task.cpuAtStart === null ? null : cpuMs(slot.child.pid)
        const wall = performance.now() - task.started
        // CPU time decides; wall time only as a backstop, at ten times the limit.
        const used = cpu === null ? wall : cpu - task.cpuAtStart
        if (used < limit && wall < 10 * limit) {
          slot.timer = setTimeout(check, Math.min(500, limit / 4))
          return
        }
        slot.task = null
        slot.child.kill('SIGKILL')
        task.resolve({hang: Math.round(used)})
      }
      slot.timer = setTimeout(check, Math.min(500, limit / 4))
      slot.child.send({id: task.id, markdown: task.markdown, run: task.run})
    }
  }

  for (let i = 0; i < size; i++) slots.push(spawn(i))

  return {
    run(markdown, run, taskTimeoutMs) {
      return new Promise((resolve) => {
        queue.push({id: nextId++, markdown, run, resolve, timeoutMs: taskTimeoutMs})
        pump()
      })
    },
    async close() {
      closed = true
      await Promise.all(
        slots.map(
          (slot) =>
            new Promise((resolve) => {
              if (slot.child.exitCode !== null || slot.child.signalCode !== null) return resolve()
              slot.child.once('exit', resolve)
              slot.child.kill('SIGKILL')
            })
        )
      )
    }
  }
}
