import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

// Unit tests import the workspace packages from their TypeScript sources, so they run
// without a build; end-to-end tests run the built CLI and apps (npm test builds first).
// This file lives in tests/: the repository's top level holds only what the design names.
const root = fileURLToPath(new URL('..', import.meta.url))
// A subpath export (`@samizdat/theme/resvg`) is the source file of the same name; exact
// matches, listed before the package names, which vite would otherwise match as a prefix.
const alias: Array<{find: string | RegExp; replacement: string}> = []
const packages = readdirSync(`${root}packages`).filter((dir) => existsSync(`${root}packages/${dir}/src/index.ts`))
for (const dir of packages) {
  const {exports = {}} = JSON.parse(readFileSync(`${root}packages/${dir}/package.json`, 'utf8')) as {exports?: Record<string, unknown>}
  for (const subpath of Object.keys(exports).filter((key) => key !== '.')) {
    const source = `${root}packages/${dir}/src/${subpath.slice(2)}.ts`
    if (existsSync(source)) alias.push({find: new RegExp(`^@samizdat/${dir}/${subpath.slice(2)}$`), replacement: source})
  }
}
for (const dir of packages) alias.push({find: `@samizdat/${dir}`, replacement: `${root}packages/${dir}/src/index.ts`})

export default defineConfig({
  root,
  resolve: {alias},
  test: {
    projects: [
      // A shared machine under load renders the seed guide's cards in a beforeAll well past vitest's 10 s default.
      {extends: true, test: {name: 'unit', include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 120_000}},
      {extends: true, test: {name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000}},
      {extends: true, test: {name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000, fileParallelism: false}}
    ]
  }
})
