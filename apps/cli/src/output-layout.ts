import path from 'node:path'

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
export async function outputLayout(root: string, out: string | undefined, cwd: string, purpose: 'build' | 'dev', env?: Readonly<Record<string, string | undefined>>): Promise<OutputLayout> {
  // Loaded here, not with this module: a build with nothing changed never needs the config.
  const {loadConfig} = await import('@samizdat/model')
  const siteDir = out === undefined ? (await loadConfig(root, env === undefined ? {} : {env})).config.siteDir : null
  if (siteDir === null) return inFolder(path.resolve(cwd, out ?? 'dist'))
  const work = workFolder(root)
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

/**
 * Where {@link outputLayout} can put the cache for these arguments, without reading the
 * project's config: `--out`'s, else an MkDocs project's, else `dist/`'s.
 */
export function cacheFolders(root: string, out: string | undefined, cwd: string): string[] {
  return out === undefined ? [path.join(workFolder(root), 'cache'), inFolder(path.resolve(cwd, 'dist')).cache] : [inFolder(path.resolve(cwd, out)).cache]
}

// Where an MkDocs project's separate outputs and cache go, as Material's plugins keep theirs.
function workFolder(root: string): string {
  return path.join(root, '.cache', 'samizdat')
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
