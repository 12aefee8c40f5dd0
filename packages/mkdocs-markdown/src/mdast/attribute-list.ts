import type {Extension as FromMarkdownExtension, Handle as FromMarkdownHandle} from 'mdast-util-from-markdown'
import {defaultHandlers, type Options as ToMarkdownExtension, type Unsafe} from 'mdast-util-to-markdown'
import type {AttributeList} from '../types.js'
import {attributedSpanHandler, headingWithAttributes, imageReferenceKeepingType, linkReferenceKeepingType, inlineCodeWithAttributes, paragraphWithAttributes, rootKeepingSpanAttributes, withAttributes} from './attributes-to-markdown.js'
import {phrasingSpans} from './unsafe.js'
import {linkKeepingAutolinks} from './link-keeping-autolinks.js'
import '../micromark/tokens.js'

/** Extension for `mdast-util-from-markdown` that turns `mkdocsAttributeList` tokens into `attributeList` nodes. */
export function mkdocsAttributeListFromMarkdown(): FromMarkdownExtension {
  let key = ''
  let value = ''

  const enterList: FromMarkdownHandle = function (token) {
    this.enter({type: 'attributeList', value: '', pairs: []}, token)
  }
  const exitList: FromMarkdownHandle = function (token) {
    const node = current(this.stack)
    const source = this.sliceSerialize(token)
    node.colon = source.startsWith('{:')
    node.value = source.slice(node.colon ? 2 : 1, -1)
    this.exit(token)
  }
  const exitClass: FromMarkdownHandle = function (token) {
    current(this.stack).pairs.push(['class', this.sliceSerialize(token)])
  }
  const exitId: FromMarkdownHandle = function (token) {
    current(this.stack).pairs.push(['id', this.sliceSerialize(token)])
  }
  const exitKey: FromMarkdownHandle = function (token) {
    key = this.sliceSerialize(token)
    value = ''
  }
  const exitValue: FromMarkdownHandle = function (token) {
    value = this.sliceSerialize(token)
  }
  const exitPair: FromMarkdownHandle = function () {
    current(this.stack).pairs.push([key, value])
  }

  return {
    enter: {mkdocsAttributeList: enterList},
    exit: {
      mkdocsAttributeList: exitList,
      mkdocsAttributeListClass: exitClass,
      mkdocsAttributeListId: exitId,
      mkdocsAttributeListKey: exitKey,
      mkdocsAttributeListValue: exitValue,
      mkdocsAttributeListPair: exitPair
    }
  }
}

/**
 * Extension for `mdast-util-to-markdown` that writes `data.attributes` of links, images, emphasis,
 * strong, inline code, icons, headings, paragraphs and tight list items back as attribute lists,
 * and escapes text that would read as one. It wraps the default handlers of those nodes.
 */
export function mkdocsAttributeListToMarkdown(): ToMarkdownExtension {
  return {
    handlers: {
      attributeList,
      root: rootKeepingSpanAttributes,
      ...({mkdocsAttributedSpan: attributedSpanHandler} as object),
      link: withAttributes(linkKeepingAutolinks),
      linkReference: withAttributes(linkReferenceKeepingType),
      image: withAttributes(defaultHandlers.image),
      imageReference: withAttributes(imageReferenceKeepingType),
      emphasis: withAttributes(defaultHandlers.emphasis),
      strong: withAttributes(defaultHandlers.strong),
      inlineCode: inlineCodeWithAttributes,
      heading: headingWithAttributes,
      paragraph: paragraphWithAttributes
    },
    unsafe: [attributeListUnsafe]
  }
}

// Over-approximates: a brace followed by what could start an item (a bare word too) gets escaped, closed or not.
const attributeListUnsafe: Unsafe = {
  character: '{',
  inConstruct: ['phrasing', 'label'],
  notInConstruct: phrasingSpans,
  after: ':?[\\t ;]*(?:[.#]|[A-Za-z_][\\w:.-]*(?:=|[\\t ;]+[.#A-Za-z_])|data-)'
}

/** An attribute list the transform has not attached (only when serialising before `attachAttributes`). */
function attributeList(node: AttributeList): string {
  return '{' + (node.colon ? ':' : '') + node.value + '}'
}

/** The attribute list being read. */
function current(stack: ReadonlyArray<{type: string}>): AttributeList {
  const node = stack[stack.length - 1]
  if (node?.type !== 'attributeList') throw new Error('Expected an attribute list on the stack: is `mkdocsAttributeList()` paired with `mkdocsAttributeListFromMarkdown()`?')
  return node as AttributeList
}
