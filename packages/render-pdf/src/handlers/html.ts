import type {Element, ElementContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import type {Html} from 'mdast'
import type {ResolvedTarget} from '@samizdat/model'
import type {Flow} from '../flow.js'
import type {Run, RunMarks} from '../inline/types.js'
import {printedUrl, siteUrl} from '../url.js'
import {bodyStyle} from './blocks.js'

/** What an inline HTML element changes about the text inside it, where print can show it cheaply. */
const inlineStyles: Record<string, RunMarks> = {
  b: {bold: true},
  strong: {bold: true},
  i: {italic: true},
  em: {italic: true},
  cite: {italic: true},
  dfn: {italic: true},
  kbd: {mono: true},
  code: {mono: true},
  samp: {mono: true},
  tt: {mono: true},
  s: {strike: true},
  del: {strike: true},
  strike: {strike: true},
  mark: {highlight: true},
  ins: {underline: true},
  u: {underline: true},
  small: {small: true},
  sub: {sub: true, sup: false},
  sup: {sup: true, sub: false}
}

// Never printed, not even their text: scripts, styles, templates and form fields.
const silent = new Set(['script', 'style', 'template', 'noscript', 'input', 'select', 'textarea', 'object', 'embed', 'head', 'title', 'meta', 'link', 'base'])
// Each starts a new paragraph when a block of raw HTML prints.
const blockElements = new Set(['p', 'div', 'section', 'article', 'aside', 'figure', 'figcaption', 'details', 'summary', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'table', 'ul', 'ol', 'dl', 'dt', 'dd', 'header', 'footer', 'nav', 'main', 'pre'])

/** One tag of inline HTML (CommonMark gives each open and close tag its own node), or null for anything else. */
export function inlineTag(value: string): {name: string; closing: boolean} | null {
  const match = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^>]*>$/.exec(value.trim())
  return match ? {name: (match[2] ?? '').toLowerCase(), closing: match[1] === '/'} : null
}

/** The marks an inline element adds, if print shows it. */
export function inlineStyle(name: string): RunMarks | undefined {
  return Object.hasOwn(inlineStyles, name) ? inlineStyles[name] : undefined
}

/**
 * Runs for a node of raw HTML met inside text: a line break for `<br>`, a footnoted link for an
 * `<iframe>` or a player, the alternative text of a picture, the text of anything else; nothing
 * for a script or a style.
 */
export function htmlRuns(node: Html, flow: Flow, marks: RunMarks): Run[] {
  const fragment = fromHtml(node.value, {fragment: true})
  return elementRuns(fragment.children as ElementContent[], node, flow, marks)
}

/** A block of raw HTML: its text in paragraphs, one per block element, links footnoted like Markdown's. */
export function htmlBlock(node: Html, flow: Flow): void {
  const fragment = fromHtml(node.value, {fragment: true})
  const paragraphs: Run[][] = [[]]
  const walk = (nodes: ElementContent[], marks: RunMarks): void => {
    for (const child of nodes) {
      if (child.type === 'element' && blockElements.has(child.tagName)) {
        paragraphs.push([])
        walk(child.children, {...marks, ...(child.tagName === 'figcaption' || child.tagName === 'summary' ? {italic: true} : {})})
        paragraphs.push([])
      } else {
        paragraphs[paragraphs.length - 1]?.push(...elementRuns([child], node, flow, marks))
      }
    }
  }
  walk(fragment.children as ElementContent[], {})
  for (const runs of paragraphs) {
    while (runs[0]?.kind === 'break' || (runs[0]?.kind === 'text' && runs[0].text.trim() === '')) runs.shift()
    if (!runs.some((run) => run.kind !== 'break' && (run.kind !== 'text' || run.text.trim() !== ''))) continue
    flow.gap(flow.type.size * 0.55)
    flow.struct('P', () => flow.paragraph(runs, bodyStyle(flow)))
  }
}

function elementRuns(nodes: ElementContent[], html: Html, flow: Flow, marks: RunMarks): Run[] {
  const runs: Run[] = []
  for (const child of nodes) {
    if (child.type === 'text') {
      if (child.value !== '') runs.push({kind: 'text', text: child.value, marks})
      continue
    }
    if (child.type !== 'element' || silent.has(child.tagName)) continue
    const {tagName} = child
    if (tagName === 'br') {
      runs.push({kind: 'break'})
    } else if (tagName === 'img') {
      const alt = stringProperty(child, 'alt')
      if (alt) runs.push({kind: 'text', text: `[${alt}]`, marks})
    } else if (tagName === 'iframe' || tagName === 'video' || tagName === 'audio') {
      runs.push(...embedRuns(child, html, flow, marks))
    } else if (tagName === 'a') {
      runs.push(...linked(elementRuns(child.children, html, flow, marks), stringProperty(child, 'href'), html, flow))
    } else {
      runs.push(...elementRuns(child.children, html, flow, {...marks, ...inlineStyle(tagName)}))
    }
  }
  return runs
}

/** An embedded frame or player: its title (or address) in brackets, linked, its address footnoted. */
function embedRuns(element: Element, html: Html, flow: Flow, marks: RunMarks): Run[] {
  const source = element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'source')
  const address = stringProperty(element, 'src') || (source ? stringProperty(source, 'src') : '')
  const url = printable(address, html, flow)
  if (url === null) return []
  const title = stringProperty(element, 'title').trim() || printedUrl(url)
  return linked([{kind: 'text', text: `[${title}]`, marks}], address, html, flow)
}

/**
 * Runs that point at `address`: linked, with its printed address as a footnote, like a Markdown
 * link. An address that goes nowhere a reader can follow keeps the runs as plain text.
 */
export function linked(runs: Run[], address: string, html: Html, flow: Flow): Run[] {
  const url = printable(address, html, flow)
  if (url === null) return runs
  return [...runs.map((run) => (run.kind === 'text' ? {...run, link: url} : run)), {kind: 'note', note: flow.noteFor(url, printedUrl(url))}]
}

/** An absolute address a reader can follow: the model's decision about it, or a web address as written. */
function printable(address: string, html: Html, flow: Flow): string | null {
  if (address.trim() === '') return null
  const target: ResolvedTarget | undefined = html.data?.targets?.[address]
  if (target?.kind === 'page' || target?.kind === 'asset') return siteUrl(flow.bundle.site, target.href)
  const href = target?.kind === 'external' ? target.href : address.trim()
  if (target?.kind === 'missing') return null
  if (href.startsWith('//')) return `https:${href}`
  return /^(?:https?|mailto):/i.test(href) ? href : null
}

function stringProperty(element: Element, name: string): string {
  const value = element.properties[name]
  return typeof value === 'string' ? value : ''
}
