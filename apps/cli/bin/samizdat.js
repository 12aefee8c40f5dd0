#!/usr/bin/env -S node --max-semi-space-size=32
// The `samizdat` command. A committed file (dist/ is built later), so `npm ci` links it into
// node_modules/.bin and `npx samizdat` works at the repository root once the build has run.
// The flag gives V8 a young generation twice its default: a build makes many short-lived
// objects (shaped words, PDF operators, satori's style objects), and fewer of them get copied
// and promoted. On the 60-page, 140-card bench guide (quiet machine, three cold builds each,
// alternating), the PDF stage took 5.1-5.4 s instead of 6.3-6.4 s and the whole build 38-43 s
// of user CPU instead of 43-48 s, for 30-50 MB more peak RSS.
// `npm run bench` runs its child processes with the same flags (apps/bench/src/command-flags.mjs).
import "../dist/bin.js"
