import type {SiteBundle} from '@samizdat/model'

/** The outputs `samizdat build` can write. */
export type OutputName = 'html' | 'pdf' | 'cards'

/** One renderer as the build runs it: into an empty folder that then replaces `folder`. */
export interface Renderer {
  name: OutputName
  folder: string
  render(bundle: SiteBundle, dir: string, context: {out: string}): Promise<{files: string[]}>
}

// Cards and leaflets come before the site, which serves copies of them.
export const renderers: Renderer[] = []
