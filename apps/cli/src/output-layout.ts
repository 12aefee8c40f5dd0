import path from 'node:path'
import {loadConfig} from '@samizdat/model'

/** Where one build's outputs and cache go. */
export interface OutputLayout {
  site: string
  leaflets: string
  cards: string
  /** Parsed pages and each output's manifest (see @samizdat/incremental). */
  cache: string
  /** The folders to leave out of watching and of the content (everything above). */
  owned: string[]
  /** For the summary: `dist/`, or `site/ (leaflets and cards in .cache/samizdat/)`. */
  describe(cwd: string): string
}

/** The folders of the layout by output name. */
export type OutputFolder = 'site' | 'leaflets' | 'cards'

/**
 * Where `build` (or `dev`) writes for the project at `root`. With `--out DIR`, or for a
 * Samizdat or bare folder: `DIR/site/`, `DIR/leaflets/`, `DIR/cards/` and the cache in
 * `DIR/.samizdat-cache/` (DIR defaults to `dist/`). For an MkDocs project without `--out`,
 * `build` writes the site where `mkdocs build` would (its `site_dir`, default `site/`; the site
 * holds copies of the leaflets and cards as always) and keeps the separate leaflets, cards and
 * the cache in `.cache/samizdat/`, where Material's own plugins keep theirs. `dev`, like
 * `mkdocs serve`, leaves `site_dir` alone and works in `.cache/samizdat/dev/`.
 */
export async function outputLayout(root: string, out: string | undefined, cwd: string, purpose: 'build' | 'dev'): Promise<OutputLayout> {
  const siteDir = out === undefined ? (await loadConfig(root)).config.siteDir : null
  if (siteDir === null) return inFolder(path.resolve(cwd, out ?? 'dist'))
  const work = path.join(root, '.cache', 'samizdat')
  if (purpose === 'dev') {
    // A `samizdat build` run meanwhile writes site_dir: not a change to the content.
    const dev = inFolder(path.join(work, 'dev'))
    return {...dev, owned: [...dev.owned, siteDir]}
  }
  return {
    site: siteDir,
    leaflets: path.join(work, 'leaflets'),
    cards: path.join(work, 'cards'),
    cache: path.join(work, 'cache'),
    owned: [siteDir, work],
    describe: (from) => `${shown(from, siteDir)}/ (leaflets and cards also in ${shown(from, work)}/)`
  }
}

function inFolder(out: string): OutputLayout {
  return {
    site: path.join(out, 'site'),
    leaflets: path.join(out, 'leaflets'),
    cards: path.join(out, 'cards'),
    cache: path.join(out, '.samizdat-cache'),
    owned: [out],
    describe: (from) => `${shown(from, out)}/`
  }
}

function shown(from: string, dir: string): string {
  const relative = path.relative(from, dir)
  return relative === '' ? '.' : relative.startsWith('..') ? dir : relative.split(path.sep).join('/')
}
