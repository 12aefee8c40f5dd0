import {fileURLToPath} from 'node:url'
import {loadSite, type SiteBundle} from '@samizdat/model'

/** The guide's content folder: the tests render the cards people will actually share. */
export const contentDir = fileURLToPath(new URL('../../../../content', import.meta.url))

let seed: Promise<SiteBundle> | undefined

/** The real bundle of /content, parsed once per test file. */
export function seedBundle(): Promise<SiteBundle> {
  seed ??= loadSite(contentDir)
  return seed
}
