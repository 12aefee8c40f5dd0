#!/usr/bin/env node
// Turbo's `build` for the guide: parse every page once into dist/bundle.json. It depends on
// the model alone (not on the CLI and its renderers), so editing a renderer never makes
// turbo parse unchanged content again.
import {fileURLToPath} from 'node:url'
import {formatDiagnostic, hasFailures, loadSite, writeBundle} from '@samizdat/model'

const here = fileURLToPath(new URL('.', import.meta.url))
const started = performance.now()
const bundle = await loadSite(here)
for (const d of bundle.diagnostics) console.error(formatDiagnostic(d, 'content'))
if (hasFailures(bundle.diagnostics, process.env.SAMIZDAT_STRICT === '1')) {
  console.error('content: not writing the bundle: the content has errors')
  process.exit(1)
}
await writeBundle(bundle, fileURLToPath(new URL('dist/bundle.json', import.meta.url)))
console.log(`content: ${bundle.pages.length} pages, ${bundle.recommendations.length} recommendations parsed into dist/bundle.json in ${Math.round(performance.now() - started)} ms`)
