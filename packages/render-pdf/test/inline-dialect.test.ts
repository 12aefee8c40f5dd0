import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {expect, test} from 'vitest'
import {loadSite, type SiteBundle} from '@samizdat/model'
import {renderHandout, resolveOptions} from '@samizdat/render-pdf'
import {colouredPixels, normalise, pdfText} from './helpers.js'

// Every construct of the inline dialect, the math and the code options, on one handout page.
const page = `# Dialect in print

Marked ==important words==, inserted ^^new words^^, deleted ~~old words~~, water H~2~O, 10^3^ grams.

Press ++ctrl+alt+del++ or ++cmd+shift+p++.

Edits: {--removed--} {++added++} {~~before~>after~~} {==look here==} {>>a remark<<}.

Symbols: (c) (tm) +/- --> 1/2 and the 3rd try.

Emoji: :tada: :heart: :man_raising_hand: done.

Inline math $e^{i\\pi}+1=0$ and code \`#!python range(10)\`.

$$
\\cos x=\\sum_{k=0}^{\\infty}\\frac{(-1)^k}{(2k)!}x^{2k}
$$

\`\`\` py title="sort.py" linenums="1" hl_lines="2"
def sort(items):
    return sorted(items)  # a comment
\`\`\`

\`\`\`mermaid
graph LR
  A --> B
\`\`\`
`

async function site(): Promise<SiteBundle> {
  const dir = mkdtempSync(path.join(tmpdir(), 'render-pdf-dialect-'))
  mkdirSync(path.join(dir, 'docs'))
  writeFileSync(path.join(dir, 'samizdat.yml'), 'site_name: Dialect\nsite_url: https://samizdat.example/\nlanguage: en\ndocs_dir: docs\n')
  writeFileSync(path.join(dir, 'docs', 'index.md'), page)
  return loadSite(dir)
}

test('the inline dialect, math and highlighted code print as readable text, with no missing glyph', async () => {
  const bundle = await site()
  const handout = bundle.pages[0]
  if (!handout) throw new Error('no page')
  const {pdf, warnings} = await renderHandout(bundle, handout, resolveOptions())
  expect(warnings).toEqual([])
  // To look at the page: SAMIZDAT_KEEP=/tmp/x.pdf npm run test:unit -- inline-dialect
  if (process.env['SAMIZDAT_KEEP']) writeFileSync(process.env['SAMIZDAT_KEEP'], pdf)
  const text = normalise((await pdfText(pdf)).join('\n'))
  for (const expected of [
    'Marked important words, inserted new words, deleted old words, water H2O, 103 grams.',
    'Press Ctrl+Alt+Del or Cmd+Shift+P.',
    'Edits: removed added beforeafter look here “a remark”.',
    'Symbols: © ™ ± → ½ and the 3rd try.',
    'Emoji: done.',
    'Inline math e^{i\\pi}+1=0 and code range(10).',
    '\\cos x=\\sum_{k=0}^{\\infty}\\frac{(-1)^k}{(2k)!}x^{2k}',
    'sort.py',
    '1 def sort(items):',
    '2 return sorted(items) # a comment',
    'graph LR A --> B'
  ]) {
    expect(text).toContain(expected)
  }
  // The source's markers never reach paper.
  for (const raw of ['==', '^^', '++', '{--', '{~~', ':tada:', '$$', 'linenums', '#!python']) expect(text).not.toContain(raw)
  // Three emoji drawn as pictures: colour on the page where the text has none.
  expect(colouredPixels(pdf)).toBeGreaterThan(100)
})
