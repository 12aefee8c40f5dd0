// Writes apps/cards/dist/ from the guide's bundle: a PNG and a JSON per share card.
import {fileURLToPath} from 'node:url'
import {readBundle} from '@samizdat/model'
import {writeOutputDir} from '@samizdat/output'
import {renderCards} from '@samizdat/render-cards'

const started = performance.now()
const bundle = await readBundle(fileURLToPath(import.meta.resolve('@samizdat/content/bundle.json')))
const {files} = await writeOutputDir(fileURLToPath(new URL('../dist', import.meta.url)), (dir) => renderCards(bundle, dir))
const cards = files.filter((file) => file.endsWith('.png')).length
const seconds = (performance.now() - started) / 1000
console.log(`cards: ${cards} cards (${files.length} files) in ${seconds.toFixed(2)} s, ${((seconds * 1000) / cards).toFixed(0)} ms per card → apps/cards/dist`)
