import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {Nodes} from 'mdast'

/**
 * A heading's text as Python-Markdown's `toc` sees it before slugifying: the heading rendered
 * to HTML (text escaped, raw HTML as written, footnote references removed), then its tags and
 * comments stripped, white space collapsed and entities decoded. So `## Using <kbd>Ctrl</kbd>`
 * gives `Using Ctrl`, an image or an icon gives nothing, and `## a < b` keeps its `<`.
 */
export function headingText(node: Nodes): string {
  return unescapeHtml(stripTags(innerHtml(node)))
}

function innerHtml(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return escapeHtml(node.value)
    case 'html':
      return node.value
    case 'break':
      return '<br />\n'
    // Drawn as pictures (`<img>`, an inline `<svg>`): no text.
    case 'image':
    case 'imageReference':
    case 'icon':
    // `toc` removes footnote references before it reads a heading.
    case 'footnoteReference':
      return ''
    default:
      // An emoji (when the dialect reads them) is a picture too.
      if ((node.type as string) === 'emoji') return ''
      if ('children' in node) return (node.children as Nodes[]).map(innerHtml).join('')
      // Node types of other extensions: their text, if they carry any.
      return 'value' in node && typeof node.value === 'string' ? escapeHtml(node.value) : ''
  }
}

/** Python-Markdown's `strip_tags`: comments, then tags, removed; white space collapsed. */
function stripTags(html: string): string {
  let text = html
  for (let start = text.indexOf('<!--'), end; start !== -1 && (end = text.indexOf('-->', start)) !== -1; start = text.indexOf('<!--')) {
    text = text.slice(0, start) + text.slice(end + 3)
  }
  for (let start = text.indexOf('<'), end; start !== -1 && (end = text.indexOf('>', start)) !== -1; start = text.indexOf('<')) {
    text = text.slice(0, start) + text.slice(end + 1)
  }
  return text.split(/[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u).filter(Boolean).join(' ')
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

// Python's html.unescape, for what escapeHtml and raw HTML in headings produce.
function unescapeHtml(text: string): string {
  return text.replace(/&(?:#(\d+)|#[xX]([\da-fA-F]+)|([a-zA-Z]+));/g, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined || hex !== undefined) {
      const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    const decoded = decodeNamedCharacterReference(name!)
    return decoded === false ? whole : decoded
  })
}
