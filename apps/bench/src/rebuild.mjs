#!/usr/bin/env node
// Incremental builds as an author sees them: `node apps/bench/src/rebuild.mjs [PAGES|DIR]`
// copies the bundled guide (DIR, or a generated corpus of PAGES pages) to a temporary folder,
// builds it cold, then again with nothing changed, then after a one-line edit of one page,
// each `samizdat build` in a fresh process, and prints each one's wall time, CPU and peak RSS.
import {fork} from 'node:child_process'
import {cp, mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {commandFlags} from './command-flags.mjs'
import {generateCorpus} from './generate-corpus.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const what = process.argv[2] ?? '100'
const work = await mkdtemp(path.join(tmpdir(), 'samizdat-rebuild-'))
const content = path.join(work, 'content')
if (/^\d+$/.test(what)) await generateCorpus(content, {pages: Number(what)})
else await cp(path.resolve(what), content, {recursive: true, filter: (src) => !src.includes(`${path.sep}dist`)})
const out = path.join(work, 'out')

function build() {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = fork(path.join(here, 'cli-child.mjs'), ['build', content, '--out', out], {execArgv: commandFlags, stdio: ['ignore', 'ignore', 'inherit', 'ipc']})
    let message
    child.on('message', (m) => (message = m))
    child.on('error', reject)
    child.on('exit', () => (message?.status === 0 ? resolve({ms: performance.now() - started, ...message}) : reject(new Error(message?.failed ?? `samizdat build ended with status ${message?.status}: ${message?.summary}`))))
  })
}

// The first page with a sentence to change, in file order.
async function editOnePage() {
  const docs = path.join(content, 'docs')
  const files = (await readdir(docs, {recursive: true})).filter((f) => f.endsWith('.md')).sort()
  for (const file of files) {
    const text = await readFile(path.join(docs, file), 'utf8')
    // A line of prose below the front matter: not a heading, list, table, block or attribute list.
    const body = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0].length ?? 0
    const edited = text.slice(0, body) + text.slice(body).replace(/^([^\s#!?=<>|:*{[-][^\n]{20,}[.!?])$/m, '$1 Ещё одно предложение.')
    if (edited !== text) return writeFile(path.join(docs, file), edited).then(() => file)
  }
  throw new Error('no page to edit')
}

const row = (name, r) => `${name.padEnd(28)} ${(r.ms / 1000).toFixed(2).padStart(6)} s  cpu ${(r.cpuMs / 1000).toFixed(2).padStart(6)} s  peak RSS ${(r.peakRss / 1048576).toFixed(0).padStart(4)} MiB  ${r.summary.split('\n').at(-1).replace(/^Built \S+ /, '')}`
try {
  console.log(row('cold', await build()))
  console.log(row('nothing changed', await build()))
  const file = await editOnePage()
  console.log(row(`one page edited (${file})`, await build()))
  console.log(`load average ${loadavg()[0].toFixed(1)} at the end`)
} finally {
  await rm(work, {recursive: true, force: true})
}
