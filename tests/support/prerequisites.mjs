#!/usr/bin/env node
// The tests drive real tools: Debian's Chromium for the site, poppler's pdftoppm for the
// PDFs. Install what is missing (as root, through apt), or say exactly what to install.
import {existsSync} from 'node:fs'
import {execFileSync} from 'node:child_process'

const needed = [
  {file: '/usr/bin/chromium', pkg: 'chromium'},
  {file: '/usr/bin/pdftoppm', pkg: 'poppler-utils'}
]
const missing = needed.filter((n) => !existsSync(n.file)).map((n) => n.pkg)
if (missing.length === 0) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (!isRoot) {
  console.error(`The tests need ${missing.join(', ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`)
  process.exit(1)
}
console.log(`Installing test prerequisites: ${missing.join(', ')}`)
const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'}
execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env})
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {stdio: 'inherit', env})
