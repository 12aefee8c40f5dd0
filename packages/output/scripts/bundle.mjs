#!/usr/bin/env node
// `node ../output/scripts/bundle.mjs [PACKAGE...]`, run in a package after `tsc`: writes
// dist/bundle.js, the compiled entry point (dist/index.js) and the JavaScript it imports
// (workspace packages, the unified and hast utilities, fontkit, ...) as one module, with its
// source map. Node resolves and reads a package graph module by module: a renderer of some
// 250 files takes about twice the CPU to import as it does as one file, and an incremental
// build after a one-page edit is mostly the import of its renderers.
//
// Left outside, besides Node's own modules: the PACKAGEs named, those that find files of their
// own at run time (pdfkit's standard fonts and colour profile, resvg's and Pagefind's binaries),
// and highlight.js with lowlight, whose grammars the theme loads one by one on demand.
import path from 'node:path'
import {rolldown} from 'rolldown'

const outside = ['lowlight', 'highlight.js', ...process.argv.slice(2)]
const external = (id) => id.startsWith('node:') || outside.some((name) => id === name || id.startsWith(`${name}/`))
const bundle = await rolldown({input: path.resolve('dist/index.js'), external, platform: 'node', logLevel: 'warn'})
await bundle.write({file: path.resolve('dist/bundle.js'), format: 'esm', sourcemap: true})
await bundle.close()
