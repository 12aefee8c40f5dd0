import {mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadCustomIcons, resolveIcon} from '@samizdat/theme'

const good = `<?xml version="1.0" encoding="UTF-8"?>
<!-- exported by hand -->
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24">
  <title>Logo</title>
  <g fill="currentColor">
    <path d="M12 2 2 22h20z"/>
    <path fill-rule="evenodd" d="M4 4h16v16H4zm4 4v8h8V8z"></path>
  </g>
</svg>`

const bad: Record<string, [string, RegExp]> = {
  'circle.svg': ['<svg viewBox="0 0 24 24"><circle cx="12" cy="12" r="10"/></svg>', /<circle> is not allowed.*convert shapes to paths/],
  'rect.svg': ['<svg viewBox="0 0 24 24"><path d="M0 0h1v1z"/><rect width="4" height="4"/></svg>', /<rect>.*convert shapes to paths/],
  'script.svg': ['<svg viewBox="0 0 24 24"><script>alert(1)</script><path d="M0 0h1v1z"/></svg>', /<script> is not allowed/],
  'image.svg': ['<svg viewBox="0 0 24 24"><image href="https://example.org/x.png"/></svg>', /<image> is not allowed/],
  'style.svg': ['<svg viewBox="0 0 24 24"><style>path{fill:red}</style><path d="M0 0h1v1z"/></svg>', /<style> is not allowed/],
  'no-viewbox.svg': ['<svg width="24" height="24"><path d="M0 0h1v1z"/></svg>', /no valid viewBox/],
  'transform.svg': ['<svg viewBox="0 0 24 24"><g transform="scale(2)"><path d="M0 0h1v1z"/></g></svg>', /apply transforms/],
  'stroke.svg': ['<svg viewBox="0 0 24 24"><path d="M0 0L10 10" fill="none" stroke="#000"/></svg>', /Stroke to Path/],
  'markup-in-d.svg': ['<svg viewBox="0 0 24 24"><path d="M0 0&quot;/&gt;&lt;script&gt;"/></svg>', /valid path data/],
  'not-svg.svg': ['<html><body>hi</body></html>', /root element is <html>/],
  'empty.svg': ['<svg viewBox="0 0 24 24"></svg>', /no <path> elements/],
  'unclosed.svg': ['<svg viewBox="0 0 24 24"><path d="M0 0h1v1z"/>', /not closed/]
}

describe('loadCustomIcons', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samizdat-icons-'))
    await mkdir(join(dir, 'brand', 'deep'), {recursive: true})
    await mkdir(join(dir, 'broken'))
    await writeFile(join(dir, 'brand', 'logo.svg'), good)
    await writeFile(join(dir, 'brand', 'deep', 'mark.svg'), good)
    await writeFile(join(dir, 'brand', 'notes.txt'), 'not an icon')
    await writeFile(join(dir, 'brand', 'Bad Name.svg'), good)
    for (const [file, [svg]] of Object.entries(bad)) await writeFile(join(dir, 'broken', file), svg)
    // A link out of the content folder is not followed.
    await symlink(join(dir, 'brand', 'logo.svg'), join(dir, 'brand', 'linked.svg'))
  })
  afterAll(() => rm(dir, {recursive: true, force: true}))

  it('takes the viewBox and path data of a good icon, named <set>-<name>', async () => {
    const {icons} = await loadCustomIcons(dir)
    expect([...icons.keys()]).toEqual(['brand-deep-mark', 'brand-logo'])
    expect(icons.get('brand-logo')).toEqual({
      set: 'custom',
      viewBox: '0 0 24 24',
      paths: ['M12 2 2 22h20z', 'M4 4h16v16H4zm4 4v8h8V8z'],
      fillRules: ['nonzero', 'evenodd'],
      title: 'logo',
      color: null
    })
    expect(resolveIcon('brand-logo', icons)).toBe(icons.get('brand-logo'))
  })

  it('leaves out each bad icon with a problem that says how to fix it', async () => {
    const {icons, problems} = await loadCustomIcons(dir)
    for (const [file, [, message]] of Object.entries(bad)) {
      const problem = problems.find((entry) => entry.file === join(dir, 'broken', file))
      expect(problem?.message, file).toMatch(message)
      expect(icons.has(`broken-${file.replace('.svg', '')}`)).toBe(false)
    }
    expect(problems.find((entry) => entry.file.endsWith('Bad Name.svg'))?.message).toMatch(/lowercase letters/)
    expect(problems).toHaveLength(Object.keys(bad).length + 1)
  })

  it('never builds a path from a shortcode', async () => {
    const {icons} = await loadCustomIcons(dir)
    expect(resolveIcon('brand-../brand/logo', icons)).toBeUndefined()
    expect(resolveIcon('brand-linked', icons)).toBeUndefined()
    expect(resolveIcon('__proto__', icons)).toBeUndefined()
  })

  it('gives an empty set for a missing folder', async () => {
    const result = await loadCustomIcons(join(dir, 'does-not-exist'))
    expect(result.icons.size).toBe(0)
    expect(result.problems).toEqual([])
  })
})
