import {readdirSync, readFileSync} from 'node:fs'
import {expect, test} from 'vitest'

// The parser's dependencies are patched at install (`patch-package` in the root's postinstall):
// every file a patch touches must carry the change, in both the `lib` and `dev` builds, or the
// quadratic paths it removes are back. What the patches do is checked by the CommonMark suite,
// the fixtures' round trips and the fuzz test.
const patches = new URL('../patches/', import.meta.url)

test('every patch of the parser’s dependencies is applied', () => {
  const files = readdirSync(patches).filter((name) => name.endsWith('.patch'))
  expect(files.length).toBe(5)
  for (const file of files) {
    const text = readFileSync(new URL(file, patches), 'utf8')
    const targets = [...text.matchAll(/^\+\+\+ b\/node_modules\/(.+)$/gm)].map((match) => match[1]!)
    expect(targets.length, file).toBeGreaterThan(0)
    for (const target of targets) {
      // npm workspaces install the parser's dependencies once, at the root.
      expect(readFileSync(new URL(`../../../node_modules/${target}`, import.meta.url), 'utf8'), target).toContain('Patched by Samizdat')
    }
  }
})
