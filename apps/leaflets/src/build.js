// Writes apps/leaflets/dist/ (a leaflet per recommendation, a handout per page) from the guide's bundle.
import {fileURLToPath} from 'node:url'
import {readBundle} from '@samizdat/model'
import {writeOutputDir} from '@samizdat/output'
import {renderPdf} from '@samizdat/render-pdf'

const started = performance.now()
const bundle = await readBundle(fileURLToPath(import.meta.resolve('@samizdat/content/bundle.json')))
const {files, warnings} = await writeOutputDir(fileURLToPath(new URL('../dist', import.meta.url)), (dir) => renderPdf(bundle, dir))
for (const warning of warnings) console.warn(`warning: ${warning}`)
console.log(`leaflets: ${files.length} PDFs in ${Math.round(performance.now() - started)} ms`)
