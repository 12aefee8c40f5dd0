import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {admonitionTitle, catalogueLanguage, catalogues, en, fill, formatList, messageKeys, messagesFor, placeholders, ru} from '@samizdat/messages'

const repository = fileURLToPath(new URL('../../../', import.meta.url))

describe('@samizdat/messages', () => {
  it('exports its API', async () => {
    expect(Object.keys(await import('@samizdat/messages')).sort()).toEqual(
      ['admonitionTitle', 'catalogueLanguage', 'catalogues', 'en', 'fill', 'formatList', 'isMessageKey', 'messageKeys', 'messagesFor', 'placeholders', 'ru'].sort()
    )
  })

  it('has every key in every language, with the same placeholders', () => {
    for (const [language, catalogue] of Object.entries(catalogues)) {
      expect(Object.keys(catalogue).sort(), language).toEqual([...messageKeys].sort())
      for (const key of messageKeys) {
        const text = catalogue[key]
        expect(typeof text, `${language}.${key}`).toBe('string')
        // Only a site's own hashtags may be empty: they depend on what the site is about.
        if (key !== 'cardHashtags') expect(text.trim(), `${language}.${key}`).not.toBe('')
        expect(placeholders(text), `${language}.${key}`).toEqual(placeholders(en[key]))
      }
    }
  })

  it('keeps Russian in the Russian catalogue and Latin in the English one', () => {
    const cyrillic = /\p{Script=Cyrillic}/u
    for (const key of messageKeys) {
      expect(cyrillic.test(en[key]), `en.${key}`).toBe(false)
      // Words, not values: a Russian message with letters has Cyrillic ones.
      if (/\p{L}/u.test(ru[key].replace(/\{[a-zA-Z]+\}/g, '')) && !/^(?:PDF|QR)$/.test(ru[key])) expect(cyrillic.test(ru[key]), `ru.${key}`).toBe(true)
    }
  })

  it('chooses the catalogue by the language tag, falling back to English', () => {
    expect(catalogueLanguage('ru')).toBe('ru')
    expect(catalogueLanguage('ru-RU')).toBe('ru')
    expect(catalogueLanguage('RU_ru')).toBe('ru')
    expect(catalogueLanguage('en-GB')).toBe('en')
    expect(catalogueLanguage('de')).toBe('en')
    expect(catalogueLanguage('')).toBe('en')
    expect(messagesFor('de').toc).toBe('Table of contents')
    expect(messagesFor('ru').toc).toBe('Содержание')
  })

  it('lets a site override any string, and ignores keys it does not know', () => {
    const messages = messagesFor('en', {toc: 'On this page', cardHashtags: '#docs'} as never)
    expect(messages.toc).toBe('On this page')
    expect(messages.cardHashtags).toBe('#docs')
    expect(messages.search).toBe('Search')
    expect(messagesFor('en', {nonsense: 'x'} as never)).toEqual(messagesFor('en'))
    // The catalogue itself is never changed by an override.
    expect(en.toc).toBe('Table of contents')
  })

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(fill('{page} — {site}', {page: 'A', site: 'B'})).toBe('A — B')
    expect(fill('{page} {missing}', {page: 'A'})).toBe('A {missing}')
    expect(placeholders('{b} {a} {b}')).toEqual(['a', 'b'])
  })

  it('titles admonitions as Material does in English, translated in Russian', () => {
    expect(admonitionTitle(messagesFor('en'), 'warning')).toBe('Warning')
    expect(admonitionTitle(messagesFor('ru'), 'warning')).toBe('Предупреждение')
    expect(admonitionTitle(messagesFor('ru'), 'Note')).toBe('Заметка')
    // Unknown types: Python's str.capitalize(), in every language.
    expect(admonitionTitle(messagesFor('ru'), 'my-TYPE')).toBe('My-type')
  })

  it('formats lists as each language writes them', () => {
    expect(formatList('en', ['Android', 'iOS', 'Linux'])).toBe('Android, iOS, and Linux')
    expect(formatList('ru', ['Android', 'iOS', 'Linux'])).toBe('Android, iOS и Linux')
    expect(formatList('ru', ['Android'])).toBe('Android')
  })

  it('is the only place renderers take words from: no Cyrillic literal in their sources', () => {
    const offenders: string[] = []
    for (const pkg of ['render-html', 'render-pdf', 'render-cards', 'incremental', 'output']) {
      for (const file of sources(path.join(repository, 'packages', pkg, 'src'))) {
        for (const literal of cyrillicLiterals(file)) offenders.push(`${path.relative(repository, file)}: ${literal}`)
      }
    }
    for (const file of sources(path.join(repository, 'apps', 'cli', 'src'))) {
      for (const literal of cyrillicLiterals(file)) offenders.push(`${path.relative(repository, file)}: ${literal}`)
    }
    expect(offenders).toEqual([])
  })

  it('finds a Cyrillic literal where there is one (the check above can fail)', () => {
    expect(cyrillicLiterals('probe.ts', "const a = 'Привет' // коммент\nconst b = `x ${a} мир`\nconst c = /[а-я]/")).toEqual(['Привет', 'x … мир', '/[а-я]/'])
  })
})

function sources(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile() && /\.(?:ts|js|mjs)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
}

/** String, template and regular-expression literals with Cyrillic letters (comments do not count). */
function cyrillicLiterals(file: string, text = readFileSync(file, 'utf8')): string[] {
  const found: string[] = []
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const visit = (node: ts.Node) => {
    let literal: string | null = null
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literal = node.text
    else if (ts.isTemplateExpression(node)) literal = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…')
    else if (ts.isRegularExpressionLiteral(node)) literal = node.text
    if (literal !== null && /\p{Script=Cyrillic}/u.test(literal)) found.push(literal)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}
