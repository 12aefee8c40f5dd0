import type {Critic, Emoji, InlineMath, Keys, SmartSymbol} from '@samizdat/mkdocs-markdown'
import {emojiGraphic} from '@samizdat/theme'
import type {InlineCode} from 'mdast'
import {siteMessages} from '../site-messages.js'
import type {PhrasingHandler} from './phrasing.js'
import {phrasing} from './phrasing.js'

/** `++ctrl+alt+del++`: the readable labels in bold, joined by `+` (`Ctrl+Alt+Del`). */
export const keys: PhrasingHandler<Keys> = (node, _flow, marks) => [{kind: 'text', text: node.value, marks: {...marks, bold: true}, hyphenate: false}]

/** CriticMarkup in print: insertions underlined, deletions struck through, highlights on grey, comments in italics and quotes. */
export const critic: PhrasingHandler<Critic> = (node, flow, marks) => {
  switch (node.kind) {
    case 'insert':
      return phrasing(node.children, flow, {...marks, underline: true})
    case 'delete':
      return phrasing(node.children, flow, {...marks, strike: true})
    case 'highlight':
      return phrasing(node.children, flow, {...marks, highlight: true})
    case 'comment': {
      // Quotation marks as the site's language writes them (the catalogue's `quoted`, around the comment's runs).
      const [open = '', close = ''] = siteMessages(flow.bundle).quoted.split('{text}')
      return [{kind: 'text', text: open, marks}, ...phrasing(node.children, flow, {...marks, italic: true}), {kind: 'text', text: close, marks}]
    }
    case 'substitute':
      return phrasing(node.children, flow, marks)
  }
}

/** A smart symbol as its character; an ordinal's suffix raised (`1st`). */
export const smartSymbol: PhrasingHandler<SmartSymbol> = (node, _flow, marks) => {
  const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(node.value)
  if (!ordinal) return [{kind: 'text', text: node.value, marks}]
  return [
    {kind: 'text', text: ordinal[1] ?? '', marks},
    {kind: 'text', text: ordinal[2] ?? '', marks: {...marks, sup: true, sub: false}}
  ]
}

/** An emoji as its Twemoji picture, drawn in colour like an icon: never a missing-glyph box. */
export const emoji: PhrasingHandler<Emoji> = (node, _flow, marks) => {
  const graphic = emojiGraphic(node.value)
  return graphic ? [{kind: 'icon', icon: graphic}] : [{kind: 'text', text: `:${node.name}:`, marks}]
}

/** Inline math prints its TeX in the code face, so the formula stays readable and exact. */
export const inlineMath: PhrasingHandler<InlineMath> = (node, _flow, marks) => [{kind: 'text', text: node.value, marks: {...marks, mono: true}, hyphenate: false}]

/** Inline code in the code face (a `#!lang` prefix is already off the value). */
export const inlineCode: PhrasingHandler<InlineCode> = (node, _flow, marks) => [{kind: 'text', text: node.value, marks: {...marks, mono: true}, hyphenate: false}]
