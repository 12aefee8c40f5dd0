// Child-process entry of the benchmark's cold builds: runs `samizdat build` as the command
// does, in this fresh process, and sends its CPU time and peak RSS to the parent (which times
// the whole process, start-up included, as MkDocs' build is timed).
import {readFileSync} from 'node:fs'

const args = process.argv.slice(2)
let message
try {
  const {main} = await import('@samizdat/cli')
  const lines = []
  const sink = {write: (text) => lines.push(String(text)), isTTY: false}
  const status = await main(args, {stdout: sink, stderr: {write: () => true, isTTY: false}, cwd: process.cwd()})
  const used = process.resourceUsage()
  message = {
    status,
    summary: lines.join('').trim(),
    cpuMs: (used.userCPUTime + used.systemCPUTime) / 1000 + childrenCpuMs(),
    peakRss: used.maxRSS * 1024
  }
} catch (error) {
  message = {failed: String(error?.message ?? error).split('\n')[0]}
}
process.send(message, () => process.exit(0))

// CPU time of the processes this one started and waited for (Pagefind's indexer), from
// /proc/self/stat on Linux; 0 elsewhere.
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ')
    // Fields 16 and 17 of stat(5) (cutime, cstime), counted from the state field (3).
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100
  } catch {
    return 0
  }
}
