import type {Extension as FromMarkdownExtension, Handle as FromMarkdownHandle, Token} from 'mdast-util-from-markdown'
import type {Handle, Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import type {Html, Nodes, Parents, PhrasingContent, Root, RootContent} from 'mdast'
import {decodeString} from 'micromark-util-decode-string'
import type {Point, Position} from 'unist'
import type {MarkdownInHtml, MarkdownInHtmlTag} from '../types.js'
import {hasAttributes} from './attributes.js'
import {listItemSpread} from './list-item-spread.js'
import '../micromark/tokens.js'

/** Tags whose content Python-Markdown parses as inline text when `markdown` says nothing more. */
const spanTags = new Set<string>(['p', 'summary'])

/** A tag as read: its name, the `markdown` value, and the other attributes as written. */
interface Tag {
  closing: boolean
  name: string
  markdown: string
  pairs: Array<[string, string]>
}

/**
 * Extension for `mdast-util-from-markdown` that turns Markdown-in-HTML tokens into `markdownInHtml`
 * nodes. Each opening and closing tag line first becomes an `html` node; a transform then pairs
 * them, as Python-Markdown does, into one element holding everything between them. A closing tag
 * that Markdown put at the end of a list item (`- item` ⏎ ⏎ `  </div>`) or inside a raw HTML block
 * still closes its element. Tags left unpaired stay `html` nodes; an element never closed ends
 * with its parent.
 */
export function mkdocsMarkdownInHtmlFromMarkdown(): FromMarkdownExtension {
  // Which `html` nodes are our tag lines; nothing else (not even a bundle) ever sees this.
  const tags = new WeakMap<Html, Tag>()
  let tag: Tag = {closing: false, name: '', markdown: '', pairs: []}
  let opening: Tag | undefined
  let line: Token | undefined
  let element: MarkdownInHtml | undefined
  let attributeName = ''
  let attributeValue = ''

  const enterFlow: FromMarkdownHandle = function (token) {
    line = token
    opening = undefined
    element = undefined
  }
  const enterTag: FromMarkdownHandle = function () {
    tag = {closing: false, name: '', markdown: '', pairs: []}
  }
  const exitTagMarker: FromMarkdownHandle = function (token) {
    if (this.sliceSerialize(token) === '</') tag.closing = true
  }
  const exitTagName: FromMarkdownHandle = function (token) {
    tag.name = this.sliceSerialize(token).toLowerCase()
  }
  const exitAttributeName: FromMarkdownHandle = function (token) {
    attributeName = this.sliceSerialize(token)
    attributeValue = ''
  }
  const exitAttributeValue: FromMarkdownHandle = function (token) {
    attributeValue = decodeString(this.sliceSerialize(token))
  }
  const exitAttribute: FromMarkdownHandle = function () {
    if (attributeName.toLowerCase() === 'markdown') tag.markdown = attributeValue.toLowerCase()
    else tag.pairs.push([attributeName, attributeValue])
  }
  const exitTag: FromMarkdownHandle = function () {
    if (!tag.closing) opening = tag
  }
  // A one-line element: its text goes straight into the element.
  const enterContent: FromMarkdownHandle = function () {
    if (!opening || !line) throw new Error('Expected an opening tag before Markdown-in-HTML content')
    element = createElement(opening, [])
    this.enter(element, line)
  }
  const exitFlow: FromMarkdownHandle = function (token) {
    if (element) {
      const node = element
      // Block content on one line is one paragraph (`<figcaption markdown>Text</figcaption>`).
      if (node.mode === 'block') {
        const children = node.children as unknown as PhrasingContent[]
        node.children = [{type: 'paragraph', children, ...positionOf(children)}]
      }
      this.exit(token)
      return
    }
    const html: Html = {type: 'html', value: this.sliceSerialize(token)}
    this.enter(html, token)
    this.exit(token)
    tags.set(html, tag.closing ? tag : (opening ?? tag))
  }

  return {
    enter: {mkdocsHtmlFlow: enterFlow, mkdocsHtmlTag: enterTag, mkdocsHtmlContent: enterContent},
    exit: {
      mkdocsHtmlFlow: exitFlow,
      mkdocsHtmlTag: exitTag,
      mkdocsHtmlTagMarker: exitTagMarker,
      mkdocsHtmlTagName: exitTagName,
      mkdocsHtmlAttributeName: exitAttributeName,
      mkdocsHtmlAttributeValue: exitAttributeValue,
      mkdocsHtmlAttribute: exitAttribute
    },
    transforms: [(tree: Root) => pairTags(tree, tags), listItemSpread(['markdownInHtml'])]
  }
}

/** Extension for `mdast-util-to-markdown` that writes `markdownInHtml` nodes back as tags around their content. */
export function mkdocsMarkdownInHtmlToMarkdown(): ToMarkdownExtension {
  return {handlers: {markdownInHtml}}
}

function createElement(tag: Tag, children: RootContent[]): MarkdownInHtml {
  const mode = tag.markdown === 'span' || (tag.markdown !== 'block' && spanTags.has(tag.name)) ? 'span' : 'block'
  return {type: 'markdownInHtml', tagName: tag.name as MarkdownInHtmlTag, mode, pairs: tag.pairs, children} as MarkdownInHtml
}

/** An element being filled: its opening tag line and what came after it so far. */
interface Frame {
  open: Html
  tag: Tag
  items: RootContent[]
}

/** Pair the tag lines of every parent, innermost parents first, then turn the unpaired ones back into plain HTML. */
function pairTags(tree: Root, tags: WeakMap<Html, Tag>): undefined {
  pairIn(tree, tags)
  return undefined
}

function pairIn(parent: Parents, tags: WeakMap<Html, Tag>): void {
  for (const child of parent.children) if ('children' in child) pairIn(child, tags)
  const out: RootContent[] = []
  const stack: Frame[] = []
  const queue = [...(parent.children as RootContent[])]
  const sink = (): RootContent[] => stack[stack.length - 1]?.items ?? out

  /** Close the innermost open element called `name` (and any opened inside it, as Python-Markdown does). */
  const closeUntil = (name: string, end: Point | undefined): void => {
    while (stack.length > 0) {
      const frame = stack.pop() as Frame
      sink().push(finish(frame, end))
      if (frame.tag.name === name) return
    }
  }
  const isOpen = (name: string): boolean => stack.some((frame) => frame.tag.name === name)

  while (queue.length > 0) {
    const child = queue.shift() as RootContent
    const tag = child.type === 'html' ? tags.get(child) : undefined
    if (tag && !tag.closing && child.type === 'html') {
      stack.push({open: child, tag, items: []})
      continue
    }
    if (tag?.closing && isOpen(tag.name)) {
      closeUntil(tag.name, child.position?.end)
      continue
    }
    if (stack.length > 0 && child.type === 'html' && !tag) {
      const parts = splitAtClosingTag(child, isOpen, tags)
      if (parts) {
        queue.unshift(...parts)
        continue
      }
    }
    if (stack.length > 0 && 'children' in child) {
      let hidden = trailingClosingTag(child, isOpen, tags)
      if (hidden) {
        sink().push(child)
        // Each closing tag at the end closes its element (`</div>` twice in the last item closes two); one left
        // in the item was written back as its text (`- </div>`), which closed an element after the round trip.
        while (hidden) {
          closeUntil(hidden, child.position?.end)
          hidden = stack.length > 0 ? trailingClosingTag(child, isOpen, tags) : undefined
        }
        continue
      }
    }
    sink().push(child)
  }
  // An element never closed ends with its parent (Python-Markdown closes it at the end of the document).
  while (stack.length > 0) {
    const frame = stack.pop() as Frame
    const last = frame.items[frame.items.length - 1]
    sink().push(finish(frame, last?.position?.end ?? frame.open.position?.end))
  }
  parent.children = out as typeof parent.children
}

/** The element of a frame, from its opening tag line to `end`. */
function finish(frame: Frame, end: Point | undefined): RootContent {
  const node = createElement(frame.tag, frame.items)
  const start = frame.open.position?.start
  if (start && end) node.position = {start, end}
  if (node.mode === 'span') {
    const blocks = node.children as RootContent[]
    if (blocks.every((child) => child.type === 'paragraph')) {
      // Inline content: the lines between the tags are one run of text, blank lines or not.
      const phrasing: PhrasingContent[] = []
      for (const paragraph of blocks) {
        if (paragraph.type !== 'paragraph') continue
        if (phrasing.length > 0) phrasing.push({type: 'text', value: '\n'})
        phrasing.push(...paragraph.children)
      }
      node.children = mergeTexts(phrasing)
    } else {
      // Raw HTML blocks or lists between the tags cannot run as text: keep them blocks rather than lose them.
      ;(node as {mode: string}).mode = 'block'
    }
  }
  return node
}

/**
 * A raw HTML block that swallowed the closing tag of an open element (`<figcaption>…</figcaption>`
 * ⏎ `</figure>` with no blank line between): split it into the HTML before that line, the closing
 * tag, and the rest.
 */
function splitAtClosingTag(node: Html, isOpen: (name: string) => boolean, tags: WeakMap<Html, Tag>): RootContent[] | undefined {
  const lines = node.value.split('\n')
  const index = lines.findIndex((text) => {
    // Indented by four or more the line is no tag line: the micromark side never ends the block before it
    // either, and a rest split off there stayed raw HTML, which came back as Markdown (`*`, a list).
    const name = /^ {0,3}<\/([A-Za-z][A-Za-z0-9]*)\s*>\s*$/.exec(text)?.[1]?.toLowerCase()
    return name !== undefined && isOpen(name)
  })
  if (index === -1) return undefined
  const name = (/<\/([A-Za-z][A-Za-z0-9]*)/.exec(lines[index] ?? '')?.[1] ?? '').toLowerCase()
  const parts: RootContent[] = []
  const piece = (from: number, to: number): Html | undefined => {
    // Blank lines at the end go (the writer puts one before the closing tag); spaces ending the last line stay, as in any HTML node.
    const value = lines.slice(from, to).join('\n').replace(/[\r\n]\s*$/, '')
    if (value.trim() === '') return undefined
    const html: Html = {type: 'html', value: from === 0 ? value : value.replace(/^\s+/, '')}
    const position = linesPosition(node, lines, from, to)
    if (position) html.position = position
    return html
  }
  const before = piece(0, index)
  if (before) parts.push(before)
  const closing: Html = {type: 'html', value: `</${name}>`}
  const closingPosition = linesPosition(node, lines, index, index + 1)
  if (closingPosition) closing.position = closingPosition
  tags.set(closing, {closing: true, name, markdown: '', pairs: []})
  parts.push(closing)
  const after = piece(index + 1, lines.length)
  if (after) parts.push(after)
  return parts
}

/**
 * Where lines `from` to `to` of an HTML node are. Lines after the first start at the node's column
 * when the node begins a line of its own; offsets are exact only where the node's value is exactly
 * its source (not inside a container, whose prefixes the value leaves out), and left out otherwise.
 */
function linesPosition(node: Html, lines: string[], from: number, to: number): Position | undefined {
  const start = node.position?.start
  if (!start) return undefined
  const end = node.position?.end
  const exact = end?.offset !== undefined && start.offset !== undefined && end.offset - start.offset === node.value.length
  const offsetOf = (line: number, column: number): number | undefined => {
    if (!exact || start.offset === undefined) return undefined
    let offset = start.offset
    for (let index = 0; index < line; index++) offset += (lines[index]?.length ?? 0) + 1
    return offset + column
  }
  const point = (line: number, column: number): Point => {
    const offset = offsetOf(line, column)
    const base = line === 0 ? start.column + column : column + 1
    return offset === undefined ? {line: start.line + line, column: base} : {line: start.line + line, column: base, offset}
  }
  const firstText = lines[from] ?? ''
  const indent = from === 0 ? 0 : firstText.length - firstText.trimStart().length
  const lastText = (lines[to - 1] ?? '').replace(/\s+$/, '')
  return {start: point(from, indent), end: point(to - 1, lastText.length)}
}

/**
 * The closing tag that ends a container (a list whose last item got the tag line: `- item` ⏎ ⏎
 * `  </div>`), taken out of it. Returns its name, or nothing when the container does not end so.
 */
function trailingClosingTag(container: Nodes, isOpen: (name: string) => boolean, tags: WeakMap<Html, Tag>): string | undefined {
  const path: Parents[] = []
  let node: Nodes = container
  while ('children' in node && node.children.length > 0) {
    path.push(node)
    node = node.children[node.children.length - 1] as Nodes
  }
  const tag = node.type === 'html' ? tags.get(node) : undefined
  if (!tag?.closing || !isOpen(tag.name)) return undefined
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const parent = path[depth] as Parents
    if (depth === path.length - 1) parent.children.pop()
    const last = parent.children[parent.children.length - 1]
    if (parent.position && last?.position) parent.position = {start: parent.position.start, end: last.position.end}
    // The blank line before the tag made the item loose; without the tag it is what its children make it.
    if (parent.type === 'listItem') {
      parent.spread = parent.children.some((child, index) => {
        const next = parent.children[index + 1]
        return next?.position && child.position ? next.position.start.line > child.position.end.line + 1 : false
      })
    }
  }
  return tag.name
}

/** Join neighbouring text nodes, as one paragraph would have held them. */
function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = []
  for (const node of nodes) {
    const last = merged[merged.length - 1]
    if (last?.type === 'text' && node.type === 'text') {
      const position = last.position && node.position ? {start: last.position.start, end: node.position.end} : undefined
      merged[merged.length - 1] = {type: 'text', value: last.value + node.value, ...(position ? {position} : {})}
    } else {
      merged.push(node)
    }
  }
  return merged
}

function positionOf(children: PhrasingContent[]): {position?: Position} {
  const start = children[0]?.position?.start
  const end = children[children.length - 1]?.position?.end
  return start && end ? {position: {start, end}} : {}
}

const markdownInHtml: Handle = function (node: MarkdownInHtml, _, state, info) {
  const tracker = state.createTracker(info)
  const exit = state.enter('markdownInHtml')
  const defaultMode = spanTags.has(node.tagName) ? 'span' : 'block'
  const attributes = htmlAttributes(node)
  const open = `<${node.tagName}${attributes} ${node.mode === defaultMode ? 'markdown' : `markdown="${node.mode}"`}>`
  const close = `</${node.tagName}>`
  let value = tracker.move(open)
  if (node.mode === 'span') {
    const exitPhrasing = state.enter('phrasing')
    const text = state.containerPhrasing(node, {...tracker.current(), before: '\n', after: '\n'})
    exitPhrasing()
    // Text on one line goes on the tag's line, as it was most likely written (a CR ends a line too). Without text the
    // closing tag goes on its own line: `<p markdown></p>` on one line is raw HTML.
    value += /[\r\n]/.test(text) || text === '' ? tracker.move('\n' + text + (text === '' ? '' : '\n') + close) : tracker.move(text + close)
  } else {
    value += tracker.move('\n\n')
    if (node.children.length > 0) value += tracker.move(state.containerFlow(node, tracker.current()) + '\n\n')
    value += tracker.move(close)
  }
  exit()
  return value
}

/** The allow-listed attributes as HTML: ` id="x" class="a b" width="100"`. */
function htmlAttributes(node: MarkdownInHtml): string {
  const attributes = node.data?.attributes
  const pairs: Array<[string, string]> = hasAttributes(attributes)
    ? [
        ...(attributes.id === undefined ? [] : [['id', attributes.id] as [string, string]]),
        ...(attributes.classes ? [['class', attributes.classes.join(' ')] as [string, string]] : []),
        ...(['width', 'height', 'align', 'title', 'loading', 'lang', 'dir', 'rel', 'target'] as const).flatMap((key) => {
          const value = attributes[key]
          return value === undefined ? [] : [[key, value] as [string, string]]
        }),
        ...Object.entries(attributes.data ?? {})
      ]
    : (node.pairs ?? [])
  return pairs.map(([key, value]) => ` ${key}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('')
}
