#!/usr/bin/env node
// `npm run fuzz -- --count N --seed S`: run N generated inputs through the whole pipeline and
// print what failed, with a minimal reproducer for each kind of failure. Exit 1 on any failure.
//   --count N        inputs (default 1000)         --seed S        the run's seed (default: random, printed)
//   --max-kb N       largest input (default 64)    --slow-ms N     CPU time an input may take (default 2000)
//   --timeout-ms N   kill a hang after (20000)     --jobs N        child processes (default 2)
//   --seeds DIR      more Markdown seeds (repeatable, e.g. a corpus of real guides)
//   --frozen         only the frozen seeds (apps/fuzz/seeds) and the CommonMark examples, as CI
//   --no-minimize    skip shrinking the failures   --json          print the report as JSON
import {availableParallelism} from 'node:os'
import {parseArgs} from 'node:util'
import {defaults, fuzz, parsePerKb} from './fuzz.mjs'
import {formatReport} from './format-report.mjs'

function usage(message) {
  console.error(`fuzz: ${message}\nusage: npm run fuzz -- [--count N] [--seed S] [--max-kb N] [--slow-ms N] [--timeout-ms N] [--jobs N] [--seeds DIR] [--frozen] [--no-minimize] [--json]`)
  process.exit(2)
}

let values
try {
  ;({values} = parseArgs({
    options: {
      count: {type: 'string'}, seed: {type: 'string'}, 'max-kb': {type: 'string'}, 'slow-ms': {type: 'string'}, 'timeout-ms': {type: 'string'},
      jobs: {type: 'string'}, seeds: {type: 'string', multiple: true}, frozen: {type: 'boolean'}, 'no-minimize': {type: 'boolean'}, json: {type: 'boolean'}
    }
  }))
} catch (error) {
  usage(error.message)
}
const number = (name, fallback) => {
  const value = values[name]
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value)) usage(`--${name} takes a whole number, not ${value}`)
  return Number(value)
}
const options = {
  count: number('count', defaults.count),
  seed: number('seed', Math.floor(Math.random() * 2 ** 31)),
  maxKb: number('max-kb', defaults.maxKb),
  slowMs: number('slow-ms', defaults.slowMs),
  timeoutMs: number('timeout-ms', defaults.timeoutMs),
  jobs: number('jobs', Math.min(defaults.jobs, availableParallelism())),
  seeds: values.seeds ?? [],
  frozen: values.frozen === true,
  minimize: values['no-minimize'] !== true
}
if (!values.json) console.log(`fuzz: ${options.count} inputs, seed ${options.seed}, up to ${options.maxKb} KB, ${options.jobs} processes`)
const tty = process.stderr.isTTY === true
const report = await fuzz(options, (done, count) => {
  if (tty && (done % 50 === 0 || done === count)) process.stderr.write(`\r${done}/${count}`)
})
if (tty) process.stderr.write('\n')
if (values.json) console.log(JSON.stringify({...report, runs: report.runs.map((run) => ({...run, parsePerKb: parsePerKb(run)}))}, null, 2))
else console.log(formatReport(report))
process.exit(report.failures.length > 0 ? 1 : 0)
