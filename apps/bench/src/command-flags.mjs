// The Node flags `samizdat` runs with, read from its shebang line, so that the benchmark's
// child processes measure the stages as the command runs them.
import {readFileSync} from 'node:fs'

const bin = new URL('../../cli/bin/samizdat.js', import.meta.url)

/** The flags after `node` on the first line of apps/cli/bin/samizdat.js (empty when none). */
export const commandFlags = (readFileSync(bin, 'utf8').split('\n', 1)[0] ?? '').replace(/^#!.*?\bnode\b/, '').trim().split(/\s+/).filter(Boolean)
