// The fuzz report for people: totals, the slowest inputs, and each kind of failure with its reproducer.
import {parsePerKb} from './fuzz.mjs'

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

/** Text of a report from `fuzz()`. */
export function formatReport(report) {
  const {runs, failures, options} = report
  const count = (kind) => failures.filter((f) => f.kind === kind).reduce((sum, f) => sum + f.inputs.length, 0)
  const lines = []
  lines.push(`${runs.length} inputs (seed ${options.seed}, ${kb(runs.reduce((s, r) => s + r.bytes, 0))}) in ${report.seconds.toFixed(1)} s: ` +
    `${count('crash')} crashes, ${count('hang')} hangs, ${count('slow')} over ${options.slowMs} ms, ${count('round-trip')} round-trip differences`)
  const slowest = [...runs].sort((a, b) => b.total - a.total).slice(0, 5)
  lines.push('slowest inputs (CPU ms, all stages):')
  for (const run of slowest) lines.push(`  #${run.index} ${kb(run.bytes)} ${Math.round(run.total)} ms (${Object.entries(run.times).map(([s, ms]) => `${s} ${Math.round(ms)}`).join(', ')}) ${run.origin}`)
  const perKb = runs.map((run) => ({run, value: parsePerKb(run)})).filter((x) => x.value !== null).sort((a, b) => b.value - a.value)
  if (perKb.length > 0) {
    const median = perKb[Math.floor(perKb.length / 2)].value
    lines.push(`parse time per KB (inputs of 1 KB or more): median ${median.toFixed(2)} ms, slowest:`)
    for (const {run, value} of perKb.slice(0, 5)) lines.push(`  #${run.index} ${value.toFixed(2)} ms/KB (${kb(run.bytes)}, ${Math.round((run.times.dialect ?? 0) + (run.times.model ?? 0))} ms) ${run.origin}`)
  }
  for (const failure of failures) {
    lines.push('', `${failure.kind.toUpperCase()} ×${failure.inputs.length}: ${failure.signature}`)
    lines.push(`  first: input #${failure.first.index} (${failure.first.origin}, ${kb(Buffer.byteLength(failure.first.text))}): ${failure.first.detail}`)
    if (failure.minimal !== undefined) lines.push(`  minimal reproducer (${failure.minimal.length} characters): ${JSON.stringify(failure.minimal.length > 2000 ? failure.minimal.slice(0, 2000) + '…' : failure.minimal)}`)
    lines.push(`  inputs: ${failure.inputs.slice(0, 20).map((i) => `#${i}`).join(' ')}${failure.inputs.length > 20 ? ' …' : ''}`)
  }
  return lines.join('\n')
}
