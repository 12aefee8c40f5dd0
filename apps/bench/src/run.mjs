#!/usr/bin/env node
// `npm run bench`: generate a corpus of each size, build it with the packages' dist in a
// fresh process per size, and print per-stage figures against the plain unified floor.
//   --sizes 100,1000,4000   corpus sizes in pages (default: all three)
//   --guides DIR,...        content folders measured as they are, first (default: the fixture guide
//                           tests/fixtures/cards-guide; --guides '' for none)
//   --shaped PAGES:CARDS,...  generated guides of the real shape (generate-guide.mjs): e.g. 60:140, an
//                           MkDocs project of 60 pages, 140 cards in every shape, about 1 MB of Markdown
//   --project DIR,...       real projects: as --guides, plus MkDocs' own build of each (when mkdocs is
//                           installed) and cold `samizdat build` processes (all outputs; HTML only);
//                           with --project, --sizes and --guides default to none
//   --only parse,html,pdf,cards   stages to time (parse and the floor always run: renderers need the bundle)
//   --out DIR               keep corpora and outputs in DIR (default: a temporary folder, removed)
//   --json                  print the results as JSON
import {fork} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, mkdir, rm} from 'node:fs/promises'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {commandFlags} from './command-flags.mjs'
import {formatReport} from './format-report.mjs'
import {mkdocsBuild} from './mkdocs.mjs'
import {renderers, stageNames} from './renderers.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '../../..')

function usage(message) {
  console.error(`bench: ${message}\nusage: npm run bench -- [--sizes 100,1000,4000] [--guides DIR,...] [--shaped PAGES:CARDS,...] [--project DIR,...] [--only ${stageNames.join(',')}] [--out DIR] [--json]`)
  process.exit(2)
}

let values
try {
  ;({values} = parseArgs({options: {sizes: {type: 'string'}, guides: {type: 'string'}, shaped: {type: 'string'}, project: {type: 'string'}, only: {type: 'string'}, out: {type: 'string'}, json: {type: 'boolean'}}}))
} catch (error) {
  usage(error.message)
}
const folders = (list) => (list ?? '').split(',').map((dir) => dir.trim()).filter(Boolean).map((dir) => path.resolve(dir))
const projects = folders(values.project)
for (const dir of projects) if (!existsSync(dir)) usage(`--project: no folder ${dir}`)
const shaped = (values.shaped ?? '').split(',').map((s) => s.trim()).filter(Boolean)
if (shaped.some((s) => !/^\d+:\d+$/.test(s))) usage(`--shaped takes PAGES:CARDS (e.g. 60:140), not ${values.shaped}`)
const onlyShaped = projects.length > 0 || shaped.length > 0
const sizes = (values.sizes ?? (onlyShaped ? '' : '100,1000,4000')).split(',').filter(Boolean).map(Number)
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) usage(`--sizes takes whole numbers of pages, not ${values.sizes}`)
const guides = folders(values.guides ?? (onlyShaped ? '' : path.join(repo, 'tests/fixtures/cards-guide')))
for (const dir of guides) if (!existsSync(dir)) usage(`--guides: no folder ${dir}`)
// Leaflets apart are not timed for real projects; all PDFs on 1 and 2 threads only for shaped guides (the 4000-page corpus would take long).
const only = (values.only ?? stageNames.filter((name) => (name !== 'leaflets' || values.project === undefined) && (name !== 'pdfs' || shaped.length > 0)).join(',')).split(',').map((s) => s.trim()).filter(Boolean)
const unknown = only.filter((name) => !stageNames.includes(name))
if (unknown.length > 0) usage(`--only takes ${stageNames.join(', ')}; unknown: ${unknown.join(', ')}`)

// Say up front which dists are missing: figures from stale or absent builds mislead.
const missing = ['model', 'output', ...renderers.filter((r) => only.includes(r.name)).map((r) => r.specifier.slice('@samizdat/'.length))]
  .filter((dir) => !existsSync(path.join(repo, 'packages', dir, 'dist/index.js')))
if (missing.includes('model') || missing.includes('output')) {
  console.error(`bench: packages/${missing.filter((d) => d === 'model' || d === 'output').join(', packages/')} not built: run npx turbo build first`)
  process.exit(1)
}
if (missing.length > 0 && !values.json) console.error(`bench: no dist in packages/${missing.join(', packages/')}: those stages are skipped (run npx turbo build)`)

const workRoot = values.out === undefined ? await mkdtemp(path.join(tmpdir(), 'samizdat-bench-')) : path.resolve(values.out)
await mkdir(workRoot, {recursive: true})

/** Measure one size (a page count, `guide:DIR` or `shaped:PAGES:CARDS`) in a child process and resolve with its result. */
function measureInChild(pages) {
  return new Promise((resolve, reject) => {
    const work = path.join(workRoot, typeof pages === 'number' ? `size-${pages}` : pages.startsWith('shaped:') ? `shaped-${pages.slice(7).replace(':', '-')}` : `guide-${path.basename(pages)}`)
    const child = fork(path.join(here, 'child.mjs'), [String(pages), only.join(','), work], {execArgv: commandFlags, stdio: ['ignore', 'inherit', 'inherit', 'ipc']})
    let message
    child.on('message', (m) => (message = m))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (message?.result) resolve(message.result)
      else reject(new Error(message?.error ?? `the ${pages}-page run ended with ${signal ?? `exit code ${code}`} and no result`))
    })
  })
}

/**
 * A real project: MkDocs' own build of it (HTML only), then our stages in one process, then
 * cold `samizdat build` processes as a user runs them (all outputs, then HTML only).
 */
async function measureProject(project) {
  const work = path.join(workRoot, `project-${path.basename(project)}`)
  if (!values.json) console.error('bench:   mkdocs build…')
  const mkdocs = await mkdocsBuild(project, path.join(work, 'mkdocs'))
  const measured = await measureInChild(`guide:${project}`)
  const cold = {}
  for (const [name, extra] of [['cold-all', []], ['cold-html', ['--only', 'html']]]) {
    if (!values.json) console.error(`bench:   samizdat build ${extra.join(' ')} (cold process)…`)
    cold[name] = await coldBuild(['build', project, '--out', path.join(work, name), '--force', ...extra])
  }
  return {...measured, mkdocs, stages: {...(mkdocs.skipped === undefined ? {mkdocs} : {}), ...measured.stages, ...cold}, mkdocsNote: mkdocs}
}

/** Run the command in a fresh Node process; its wall time includes start-up, as MkDocs' does. */
function coldBuild(args) {
  return new Promise((resolve) => {
    const started = performance.now()
    const child = fork(path.join(here, 'cli-child.mjs'), args, {execArgv: commandFlags, stdio: ['ignore', 'ignore', 'inherit', 'ipc']})
    let message
    child.on('message', (m) => (message = m))
    child.on('exit', (code) => {
      const ms = performance.now() - started
      if (message === undefined) resolve({failed: `samizdat ${args.join(' ')} ended with exit code ${code} and no result`})
      else if (message.failed !== undefined || message.status !== 0) resolve({failed: message.failed ?? `exit status ${message.status}: ${message.summary.split('\n')[0]}`})
      else resolve({ms, cpuMs: message.cpuMs, peakRss: message.peakRss, items: Number(/(\d+) pages/.exec(message.summary ?? '')?.[1] ?? 0), unit: 'pages', summary: message.summary.split('\n').at(-1)})
    })
  })
}

const results = []
try {
  for (const project of projects) {
    if (!values.json) console.error(`bench: ${path.relative(repo, project) || project}…`)
    results.push(await measureProject(project))
  }
  for (const guide of guides) {
    if (!values.json) console.error(`bench: ${path.relative(repo, guide) || guide}…`)
    results.push(await measureInChild(`guide:${guide}`))
  }
  for (const shape of shaped) {
    if (!values.json) console.error(`bench: a generated guide of the real shape, ${shape.replace(':', ' pages, ')} cards…`)
    results.push(await measureInChild(`shaped:${shape}`))
  }
  for (const pages of sizes) {
    if (!values.json) console.error(`bench: ${pages} pages…`)
    results.push(await measureInChild(pages))
  }
} catch (error) {
  console.error(`bench: ${error.message}`)
  process.exitCode = 1
} finally {
  if (values.out === undefined) await rm(workRoot, {recursive: true, force: true})
}

// The load average says how much of the machine other work took: figures from a busy machine are slower.
const environment = `Node ${process.version}, ${availableParallelism()} cores (load average ${loadavg()[0].toFixed(1)} at the end), packages from dist/${values.out === undefined ? '' : `, files in ${workRoot}`}`
if (values.json) console.log(JSON.stringify({environment, results}, null, 2))
else if (results.length > 0) console.log(formatReport(results, {environment}))
