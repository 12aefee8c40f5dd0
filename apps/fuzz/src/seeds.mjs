// The inputs mutations start from. The full set: every Markdown fixture of the repository, the
// guide's own pages, the frozen seeds and the CommonMark spec examples; constructs that gain
// fixtures are fuzzed with no change here. The frozen set (the CI test's): only `apps/fuzz/seeds`
// and the CommonMark examples, so that adding a fixture does not change what CI runs.
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

/** Folders searched for `.md` seeds, relative to the repository root; `*` matches one folder name. */
const seedGlobs = ['packages/*/test/fixtures', 'apps/*/test/fixtures', 'tests/e2e/fixtures', 'tests/browser/fixtures', 'content/docs']
/** The frozen seeds: hand-written pages that use every construct of the dialect; change them on purpose only. */
const frozenDir = 'apps/fuzz/seeds'

/** Every `.md` file under `dir`, sorted, so seeds come in the same order on every machine. */
function markdownFiles(dir) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return []
  return readdirSync(dir, {recursive: true})
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => path.join(dir, file))
}

function expand(repo, glob) {
  const [head, ...rest] = glob.split('/*/')
  if (rest.length === 0) return [path.join(repo, glob)]
  const base = path.join(repo, head)
  if (!existsSync(base)) return []
  return readdirSync(base).sort().map((name) => path.join(base, name, rest.join('/*/')))
}

/**
 * Load the seeds: `{name, text}` for each frozen seed, fixture page and CommonMark example, plus
 * every `.md` under the `extra` folders (such as a corpus of real guides). `frozen`: only the
 * frozen seeds and the CommonMark examples (whose version the lockfile pins).
 */
export function loadSeeds(repo, extra = [], frozen = false) {
  const seeds = []
  const globs = frozen ? [frozenDir] : [frozenDir, ...seedGlobs]
  for (const dir of [...globs.flatMap((glob) => expand(repo, glob)), ...extra]) {
    for (const file of markdownFiles(dir)) seeds.push({name: path.relative(repo, file), text: readFileSync(file, 'utf8')})
  }
  const spec = createRequire(import.meta.url)('commonmark-spec')
  for (const example of spec.tests) seeds.push({name: `commonmark#${example.number}`, text: example.markdown.replaceAll('→', '\t')})
  return seeds
}
