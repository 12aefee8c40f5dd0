// Writes apps/site/dist/ from the guide's bundle, with the cards and leaflets apps'
// outputs (when they were built) copied into cards/ and leaflets/ so the pages can link them.
import {cp, readdir} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {readBundle} from '@samizdat/model'
import {writeOutputDir} from '@samizdat/output'
import {renderHtml} from '@samizdat/render-html'

const started = performance.now()
const here = (path) => fileURLToPath(new URL(path, import.meta.url))
const bundle = await readBundle(fileURLToPath(import.meta.resolve('@samizdat/content/bundle.json')))

async function listFiles(dir) {
  try {
    const entries = await readdir(dir, {recursive: true, withFileTypes: true})
    return entries.filter((e) => e.isFile()).map((e) => `${e.parentPath ?? e.path}/${e.name}`.slice(dir.length + 1)).sort()
  } catch (error) {
    if (error.code === 'ENOENT') return []
    throw error
  }
}

const extras = {cards: here('../../cards/dist'), leaflets: here('../../leaflets/dist')}
const cardFiles = await listFiles(extras.cards)
const leafletFiles = await listFiles(extras.leaflets)

const {files} = await writeOutputDir(here('../dist'), async (dir) => {
  const result = await renderHtml(bundle, dir, {cardFiles, leafletFiles})
  if (cardFiles.length > 0) await cp(extras.cards, `${dir}/cards`, {recursive: true})
  if (leafletFiles.length > 0) await cp(extras.leaflets, `${dir}/leaflets`, {recursive: true})
  return result
})
const seconds = ((performance.now() - started) / 1000).toFixed(2)
console.log(`site: ${files.length} files, ${cardFiles.length} cards and ${leafletFiles.length} leaflets copied, in ${seconds} s → apps/site/dist`)
