import type {Html, Image, Link, PhrasingContent} from 'mdast'
import type {Flow} from '../flow.js'
import type {Run, RunMarks} from '../inline/types.js'
import {printedUrl, siteUrl} from '../url.js'
import {annotationMarker} from './annotations.js'
import {printedPicture, printedWidth} from './figure.js'
import {htmlRuns, inlineStyle, inlineTag, linked} from './html.js'
import {critic, emoji, inlineCode, inlineMath, keys, smartSymbol} from './inline-formatting.js'

/** Turns one phrasing node into runs of text. */
export type PhrasingHandler<Node> = (node: Node, flow: Flow, marks: RunMarks) => Run[]

/** Every phrasing node type, so the type checker finds a missing handler. */
export type PhrasingHandlers = {[Type in PhrasingContent['type']]: PhrasingHandler<Extract<PhrasingContent, {type: Type}>>}

/** Plain text of a subtree, for alt texts and fallbacks. */
export function textOf(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const {value, children, alt} = node as {value?: unknown; children?: unknown; alt?: unknown}
  if (typeof value === 'string') return value
  if (Array.isArray(children)) return children.map(textOf).join('')
  return typeof alt === 'string' ? alt : ''
}

/** An external address worth printing and linking (web or mail), protocol-relative ones as https; otherwise null. */
function printableAddress(href: string): string | null {
  if (href.startsWith('//')) return `https:${href}`
  return /^(?:https?|mailto):/i.test(href) ? href : null
}

const link: PhrasingHandler<Link> = (node, flow, marks) => {
  const content = phrasing(node.children, flow, marks)
  const target = node.data?.resolved
  // A link to a page that does not exist yet prints as its text: a footnote would lead nowhere.
  if (!target || target.kind === 'missing') return content
  const url = target.kind === 'external' ? printableAddress(target.href) : siteUrl(flow.bundle.site, target.href)
  // Other schemes (`javascript:`, `data:`, `file:`) are no place to send a reader: text only.
  if (url === null) return content
  const shown = printedUrl(url)
  const text = textOf(node).trim()
  // An autolink already prints its address.
  if (text === url || text === shown) return [{kind: 'text', text, marks: {...marks, mono: true}, link: url, url: true}]
  return [...content.map((run) => (run.kind === 'text' ? {...run, link: url} : run)), {kind: 'note', note: flow.noteFor(url, shown)}]
}

/**
 * A picture among text, drawn on the line: at the author's width or its own (else as tall as a
 * capital and a half), never wider than the column nor taller than 40% of the page.
 */
const image: PhrasingHandler<Image> = (node, flow, marks) => {
  if (node.data?.resolved?.theme === 'dark') return []
  const wanted = printedWidth(node, flow)
  const probe = printedPicture(node, flow, Math.min(wanted ?? flow.type.size * 2, flow.width))
  if (!probe) return node.alt ? [{kind: 'text', text: `[${node.alt}]`, marks}] : []
  const aspect = Math.max(probe.pixelHeight / Math.max(1, probe.pixelWidth), 0.01)
  const width = Math.min(wanted ?? (flow.type.size * 1.4) / aspect, flow.width, ((flow.frame.bottom - flow.frame.top) * 0.4) / aspect)
  const picture = printedPicture(node, flow, width) ?? probe
  return [{kind: 'image', picture, alt: node.alt ?? '', width, height: width * aspect}]
}

/** One handler per phrasing node type. */
export const phrasingHandlers: PhrasingHandlers = {
  text: (node, _flow, marks) => [{kind: 'text', text: node.value, marks}],
  strong: (node, flow, marks) => phrasing(node.children, flow, {...marks, bold: true}),
  emphasis: (node, flow, marks) => phrasing(node.children, flow, {...marks, italic: true}),
  delete: (node, flow, marks) => phrasing(node.children, flow, {...marks, strike: true}),
  inlineCode,
  mark: (node, flow, marks) => phrasing(node.children, flow, {...marks, highlight: true}),
  insert: (node, flow, marks) => phrasing(node.children, flow, {...marks, underline: true}),
  superscript: (node, flow, marks) => phrasing(node.children, flow, {...marks, sup: true, sub: false}),
  subscript: (node, flow, marks) => phrasing(node.children, flow, {...marks, sub: true, sup: false}),
  keys,
  critic,
  smartSymbol,
  emoji,
  inlineMath,
  break: () => [{kind: 'break'}],
  link,
  linkReference: (node, flow, marks) => phrasing(node.children, flow, marks),
  image,
  imageReference: (node, _flow, marks) => (node.alt ? [{kind: 'text', text: `[${node.alt}]`, marks}] : []),
  footnoteReference: (node, _flow, marks) => [{kind: 'text', text: `[${node.data?.number ?? node.label ?? node.identifier}]`, marks}],
  // Raw HTML prints what it says: its text, line breaks, links and embeds footnoted (see `phrasing` for tags around text).
  html: (node, flow, marks) => htmlRuns(node, flow, marks),
  icon: (node, flow, marks) => {
    const icon = Object.hasOwn(flow.bundle.icons, node.name) ? flow.bundle.icons[node.name] : undefined
    // An unknown icon stays readable as its name.
    return icon ? [{kind: 'icon', icon}] : [{kind: 'text', text: node.name.replace(/-/g, ' '), marks}]
  },
  // Attribute lists are attached to their elements by the parser; a stray one prints nothing.
  attributeList: () => [],
  // An abbreviation prints as written; the handout lists the meanings of those it used at its end.
  abbreviation: (node, flow, marks) => {
    const text = textOf(node)
    if (!flow.abbreviations.has(text)) flow.abbreviations.set(text, node.title)
    return phrasing(node.children, flow, marks)
  },
  annotationMarker
}

/**
 * Runs of a list of phrasing nodes; an unknown type prints its text. Inline HTML comes as a node
 * per tag, so the tags are followed here: between `<kbd>` and `</kbd>` text is monospaced, between
 * `<sup>` and `</sup>` raised, between `<a href>` and `</a>` linked and footnoted.
 */
export function phrasing(nodes: PhrasingContent[], flow: Flow, marks: RunMarks = {}): Run[] {
  const runs: Run[] = []
  const open: Array<{name: string; marks: RunMarks; start: number; link?: {address: string; node: Html}}> = []
  let current = marks
  for (const node of nodes) {
    const tag = node.type === 'html' ? inlineTag(node.value) : null
    if (node.type === 'html' && tag && (inlineStyle(tag.name) || (tag.name === 'a' && !tag.closing) || (tag.closing && open.some((o) => o.name === tag.name)))) {
      if (!tag.closing) {
        const address = tag.name === 'a' ? (/\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(node.value) ?? []).slice(1).find((v) => v !== undefined) : undefined
        open.push({name: tag.name, marks: current, start: runs.length, ...(address === undefined ? {} : {link: {address, node}})})
        current = {...current, ...inlineStyle(tag.name)}
      } else {
        while (open.length > 0) {
          const element = open.pop()
          if (!element) break
          current = element.marks
          if (element.link) runs.push(...linked(runs.splice(element.start), element.link.address, element.link.node, flow))
          if (element.name === tag.name) break
        }
      }
      continue
    }
    const handler = Object.hasOwn(phrasingHandlers, node.type) ? (phrasingHandlers[node.type] as PhrasingHandler<PhrasingContent>) : undefined
    if (handler) {
      runs.push(...handler(node, flow, current))
      continue
    }
    flow.canvas.warnings.push(`No PDF handler for phrasing node "${(node as {type: string}).type}": printed as plain text`)
    runs.push({kind: 'text', text: textOf(node), marks: current})
  }
  return runs
}
