// Time per leaflet and per handout, and PDF sizes, on the guide's content.
// Run after building: npx turbo build --filter=@samizdat/render-pdf... then `node packages/render-pdf/bench/bench.mjs`.
import {fileURLToPath} from 'node:url'
import {loadSite} from '@samizdat/model'
import {renderHandout, renderLeaflet, resolveOptions} from '@samizdat/render-pdf'

const bundle = await loadSite(fileURLToPath(new URL('../../../content', import.meta.url)))
const options = resolveOptions()
const rounds = 20
async function time(label, render) {
  await render() // warm-up: fonts, hyphenation patterns
  const started = performance.now()
  let size = 0
  for (let round = 0; round < rounds; round++) size = (await render()).pdf.length
  console.log(`${label}: ${((performance.now() - started) / rounds).toFixed(1)} ms, ${(size / 1024).toFixed(1)} KiB`)
}
for (const recommendation of bundle.recommendations) await time(`leaflet ${recommendation.slug}`, () => renderLeaflet(bundle, recommendation, options))
for (const page of bundle.pages) await time(`handout ${page.key}`, () => renderHandout(bundle, page, options))
