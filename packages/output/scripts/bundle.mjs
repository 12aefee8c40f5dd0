#!/usr/bin/env node
// Writes dist/bundle.js: the compiled renderer and the JavaScript it imports (the workspace
// packages, the hast and mdast utilities, parse5, temml) as one module, with its source map.
// Node resolves and reads each module of a package graph one by one: as some 250 files the
// renderer takes about 0.5 s of CPU to import, as one file less than half, which is most of
// what an HTML rebuild after a one-page edit costs. Left outside: Node's own modules, and the
// packages that find files of their own at run time (Pagefind's binary, highlight.js's
// grammars loaded on demand, fonts and icon sets that the theme resolves by name).
import {rolldown} from 'rolldown'

const external = (id) => id.startsWith('node:') || /^(pagefind|lowlight|highlight\.js)(\/|$)/.test(id)
const bundle = await rolldown({input: new URL('../dist/index.js', import.meta.url).pathname, external, platform: 'node', logLevel: 'warn'})
await bundle.write({file: new URL('../dist/bundle.js', import.meta.url).pathname, format: 'esm', sourcemap: true})
await bundle.close()
