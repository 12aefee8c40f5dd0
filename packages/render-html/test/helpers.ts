import {cp, mkdir, mkdtemp, readFile, readdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {loadSite} from '@samizdat/model'
import type {SiteBundle} from '@samizdat/model'
import {renderHtml, type RenderHtmlOptions} from '@samizdat/render-html'

/** A fresh temporary folder. */
export function temporaryDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `samizdat-html-${prefix}-`))
}

/** A bundle from a content folder holding the given pages (bare folder: pages at its root). */
export async function bundleOf(pages: Record<string, string>, copyFrom?: string): Promise<SiteBundle> {
  const dir = await temporaryDir('content')
  if (copyFrom) await cp(copyFrom, dir, {recursive: true})
  for (const [name, text] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dir, name)), {recursive: true})
    await writeFile(path.join(dir, name), text)
  }
  return loadSite(dir)
}

/** Render a bundle into a fresh folder; returns the folder and every file's bytes by path. */
export async function renderToMemory(bundle: SiteBundle, options?: RenderHtmlOptions) {
  const out = await temporaryDir('site')
  const {files} = await renderHtml(bundle, out, options)
  const contents = new Map<string, Buffer>()
  for (const file of files) contents.set(file, await readFile(path.join(out, file)))
  const onDisk = (await readdir(out, {recursive: true, withFileTypes: true})).filter((e) => e.isFile()).length
  return {out, files, contents, onDisk}
}

/** The `<article>` of a page: the rendered Markdown, without the layout around it. */
export function articleOf(html: string): string {
  const match = /<article class="md-typeset">([\s\S]*)<\/article>/.exec(html)
  if (!match?.[1]) throw new Error('no <article> in the page')
  return match[1]
}

/** Every start tag of an HTML string, with its attributes (hast-util-to-html quotes every value with `"`). */
export function startTags(html: string): Array<{name: string; attributes: Array<[string, string]>}> {
  const tags = []
  for (const [, name = '', rest = ''] of html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attributes: Array<[string, string]> = []
    for (const [, key = '', value = ''] of rest.matchAll(/\s+([^\s=>/]+)(?:="([^"]*)")?/g)) {
      attributes.push([key.toLowerCase(), decodeEntities(value)])
    }
    tags.push({name: name.toLowerCase(), attributes})
  }
  return tags
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(amp|quot|lt|gt|colon|tab|newline);/gi, (_, name: string) =>
      ({amp: '&', quot: '"', lt: '<', gt: '>', colon: ':', tab: '\t', newline: '\n'})[name.toLowerCase()] ?? '')
}
