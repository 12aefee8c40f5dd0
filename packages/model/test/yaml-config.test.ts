import {describe, expect, it} from 'vitest'
import {readConfig} from '../src/yaml-config.js'
import {project} from './helpers/project.js'


describe('mkdocs.yml as MkDocs reads it', () => {
  it('takes !ENV values from the environment first, then the default, typed as YAML would', async () => {
    const text = [
      'site_url: !ENV [SITE_URL, "https://default.example/"]',
      'site_name: !ENV SITE_NAME',
      'strict: !ENV [UNSET_A, UNSET_B, false]',
      'port: !ENV PORT',
      'missing: !ENV NOPE',
      'title: !ENV [FIRST, SECOND, fallback]'
    ].join('\n')
    const dir = await project({'mkdocs.yml': text})
    const set = await readConfig(dir, 'mkdocs.yml', text, {env: {SITE_URL: 'https://env.example/', SITE_NAME: 'From env', PORT: '8001', SECOND: 'second'}})
    expect(set.value).toEqual({site_url: 'https://env.example/', site_name: 'From env', strict: false, port: 8001, missing: null, title: 'second'})
    expect(set.diagnostics).toEqual([])
    const unset = await readConfig(dir, 'mkdocs.yml', text, {env: {}})
    expect(unset.value['site_url']).toBe('https://default.example/')
    expect(unset.value['site_name']).toBeNull()
  })

  it('keeps Python tags as data, never running them', async () => {
    const text = [
      'markdown_extensions:',
      '  - pymdownx.emoji:',
      '      emoji_index: !!python/name:material.extensions.emoji.twemoji',
      '  - toc:',
      '      slugify: !!python/object/apply:pymdownx.slugs.slugify',
      '        kwds:',
      '          case: lower',
      '  - pymdownx.snippets:',
      '      base_path: !relative $config_dir'
    ].join('\n')
    const dir = await project({'mkdocs.yml': text})
    const {value, diagnostics} = await readConfig(dir, 'mkdocs.yml', text, {env: {}})
    expect(diagnostics).toEqual([])
    expect(value['markdown_extensions']).toEqual([
      {'pymdownx.emoji': {emoji_index: {python: 'name', name: 'material.extensions.emoji.twemoji', args: [], kwds: {}}}},
      {toc: {slugify: {python: 'object/apply', name: 'pymdownx.slugs.slugify', args: [], kwds: {case: 'lower'}}}},
      {'pymdownx.snippets': {base_path: {relative: 'config_dir', path: ''}}}
    ])
  })

  it('merges an INHERITed parent under the child, and says where each value was written', async () => {
    const base = ['site_name: Base', 'theme:', '  name: material', '  language: en', 'markdown_extensions:', '  - admonition', 'extra:', '  a: 1'].join('\n')
    const child = ['INHERIT: base.yml', 'site_name: Child', 'theme:', '  language: ru', 'markdown_extensions:', '  - toc', 'extra: &x', '  b: 2'].join('\n')
    const dir = await project({'base.yml': base, 'mkdocs.yml': child})
    const config = await readConfig(dir, 'mkdocs.yml', child, {env: {}})
    expect(config.value).toEqual({site_name: 'Child', theme: {name: 'material', language: 'ru'}, markdown_extensions: ['toc'], extra: {a: 1, b: 2}})
    expect(config.place(['theme', 'name'])).toEqual({file: 'base.yml', line: 3, column: 3})
    expect(config.place(['theme', 'language'])).toEqual({file: 'mkdocs.yml', line: 4, column: 3})
  })

  it('reports a missing parent and an INHERIT loop at the line, without looping', async () => {
    const dir = await project({'a.yml': 'INHERIT: mkdocs.yml\nx: 1', 'mkdocs.yml': 'INHERIT: a.yml\ny: 2'})
    const loop = await readConfig(dir, 'mkdocs.yml', 'INHERIT: a.yml\ny: 2', {env: {}})
    expect(loop.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`)).toEqual([
      'a.yml:1:1: error: INHERIT loops back to mkdocs.yml; remove one of the INHERIT lines'
    ])
    const missing = await readConfig(dir, 'mkdocs.yml', 'y: 1\nINHERIT: nowhere.yml', {env: {}})
    expect(missing.diagnostics[0]).toMatchObject({file: 'mkdocs.yml', line: 2, column: 1, severity: 'error'})
    expect(missing.diagnostics[0]?.message).toContain('nowhere.yml')
  })

  it('honours YAML 1.1 as PyYAML does: merge keys, yes/no, a lone dot and y/n as text', async () => {
    const text = ['defaults: &d', '  a: 1', '  b: 2', 'use: {<<: *d, b: 3}', 'flag: yes', 'off_flag: off', 'base: [., docs]', 'letter: n'].join('\n')
    const dir = await project({'mkdocs.yml': text})
    const {value} = await readConfig(dir, 'mkdocs.yml', text, {env: {}})
    expect(value['use']).toEqual({a: 1, b: 3})
    expect(value['flag']).toBe(true)
    expect(value['off_flag']).toBe(false)
    expect(value['base']).toEqual(['.', 'docs'])
    expect(value['letter']).toBe('n')
  })

  it('stops an alias bomb instead of expanding it', async () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`)
    const text = lines.join('\n')
    const dir = await project({'mkdocs.yml': text})
    const {value, diagnostics} = await readConfig(dir, 'mkdocs.yml', text, {env: {}})
    expect(value).toEqual({})
    expect(diagnostics[0]?.message).toContain('expands to more than')
  })
})
