import {readdirSync, existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

// Unit tests import the workspace packages from their TypeScript sources, so they run
// without a build; end-to-end tests run the built CLI and apps (npm test builds first).
// This file lives in tests/: the repository's top level holds only what the design names.
const root = fileURLToPath(new URL('..', import.meta.url))
// A subpath export (`@samizdat/mkdocs-markdown/visit`) is the source file of that name.
const alias: Array<{find: string | RegExp; replacement: string}> = [{find: /^@samizdat\/([\w-]+)\/([\w-]+)$/, replacement: `${root}packages/$1/src/$2.ts`}]
for (const dir of readdirSync(`${root}packages`)) {
  const entry = `${root}packages/${dir}/src/index.ts`
  if (existsSync(entry)) alias.push({find: `@samizdat/${dir}`, replacement: entry})
}

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
