import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

// Unit tests import the workspace packages from their TypeScript sources, so they run
// without a build; end-to-end tests run the built CLI and apps (npm test builds first).
// This file lives in tests/: the repository's top level holds only what the design names.
const root = fileURLToPath(new URL('..', import.meta.url))
const alias: Record<string, string> = {}
// Subpath exports (`@samizdat/render-html/strings`) first: the first alias that matches wins,
// and the bare name would match them too.
for (const dir of readdirSync(`${root}packages`)) {
  const manifest = `${root}packages/${dir}/package.json`
  if (!existsSync(manifest)) continue
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as {exports?: Record<string, unknown>}).exports ?? {}
  for (const subpath of Object.keys(exports)) {
    const source = `${root}packages/${dir}/src/${subpath.slice(2)}.ts`
    if (subpath.startsWith('./') && existsSync(source)) alias[`@samizdat/${dir}/${subpath.slice(2)}`] = source
  }
}
for (const dir of readdirSync(`${root}packages`)) {
  const entry = `${root}packages/${dir}/src/index.ts`
  if (existsSync(entry)) alias[`@samizdat/${dir}`] = entry
}

export default defineConfig({
  root,
  resolve: {alias},
  test: {
    projects: [
      {extends: true, test: {name: 'unit', include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts'], testTimeout: 30_000}},
      {extends: true, test: {name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000}},
      {extends: true, test: {name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000, fileParallelism: false}}
    ]
  }
})
