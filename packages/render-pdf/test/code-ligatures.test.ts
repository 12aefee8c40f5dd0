import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {expect, test} from 'vitest'
import {loadSite, type SiteBundle} from '@samizdat/model'
import {renderPdf} from '@samizdat/render-pdf'
import {pdfText} from './helpers.js'

// JetBrains Mono joins `--`, `->`, `==` and `//` into ligatures, which fontkit 2.0.4 cannot lay
// out (it throws a RangeError); a printed guide must show them as the characters to type anyway.
const page = `# Проверка подписи

Выполните \`gpg --verify file.sig\`, затем \`a -> b\` и \`x == y\`.

\`\`\`
gpg --verify file.sig
a -> b
x == y
https://a//b
\`\`\`

### **Kleopatra**

!!! recomendation ""
    Платформы:
    :simple-windows: Windows

    Проверяет подписи: \`gpg --verify file.sig\`, \`a -> b\`, \`x == y\`.

    [Официальный сайт](https://www.openpgp.org/){ .md-button }

Kleopatra показывает результат \`gpg --verify\` в окне.
`

async function codeSite(): Promise<SiteBundle> {
  const dir = mkdtempSync(path.join(tmpdir(), 'render-pdf-code-'))
  mkdirSync(path.join(dir, 'docs'))
  writeFileSync(path.join(dir, 'samizdat.yml'), 'site_name: Код\nsite_url: https://samizdat.example/\nlanguage: ru\ndocs_dir: docs\n')
  writeFileSync(path.join(dir, 'docs', 'index.md'), page)
  return loadSite(dir)
}

test('code with ligature sequences renders, and prints them as the characters to type', async () => {
  const bundle = await codeSite()
  expect(bundle.recommendations.map((recommendation) => recommendation.name)).toEqual(['Kleopatra'])
  const out = mkdtempSync(path.join(tmpdir(), 'render-pdf-code-out-'))
  const result = await renderPdf(bundle, out)
  expect(result.files).toHaveLength(2)
  expect(result.warnings).toEqual([])
  for (const file of result.files) {
    const text = (await pdfText(readFileSync(path.join(out, file)))).join('\n')
    expect(text, file).toContain('gpg --verify')
    expect(text, file).toContain('a -> b')
    expect(text, file).toContain('x == y')
  }
  const handout = result.files.find((file) => !file.includes(bundle.recommendations[0]?.slug ?? '\u0000'))
  if (!handout) throw new Error('no handout')
  expect((await pdfText(readFileSync(path.join(out, handout)))).join('\n')).toContain('https://a//b')
  // Laid out without ligatures, a build is still byte-reproducible.
  const again = mkdtempSync(path.join(tmpdir(), 'render-pdf-code-again-'))
  await renderPdf(bundle, again)
  for (const file of result.files) expect(readFileSync(path.join(again, file)).equals(readFileSync(path.join(out, file))), file).toBe(true)
}, 60_000)
