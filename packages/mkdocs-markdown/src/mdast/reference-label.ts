import type {Definition, ImageReference, LinkReference} from 'mdast'
import type {Handle, Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import {defaultHandlers} from 'mdast-util-to-markdown'
import {decodeString} from 'micromark-util-decode-string'
import {normalizeIdentifier} from 'micromark-util-normalize-identifier'

/**
 * Extension for `mdast-util-to-markdown`: definitions whose label, written out, keeps its
 * identifier. A definition's identifier comes from its label as written, its `label` from the
 * label as read: `[a&amp;]` has the label `a&` and the identifier `a&amp;`, `` [`] `` the label
 * `` ` `` and the identifier `` ` ``. The default handler writes the label as read, escaped where
 * needed (`a&`, `` \` ``), which reads back with another identifier, and the references to it
 * no longer match. Such a label is written as it was written, rebuilt from the identifier.
 */
export function referenceLabelToMarkdown(): ToMarkdownExtension {
  return {handlers: {definition: definitionKeepingIdentifier}}
}

const definitionKeepingIdentifier: Handle = function (node: Definition, parent, state, info) {
  const value = defaultHandlers.definition(node, parent, state, info)
  const end = labelEnd(value)
  if (end === undefined || identifierOf(value.slice(1, end)) === node.identifier) return value
  const raw = rawLabel(node.label ?? '', node.identifier)
  return raw === undefined ? value : '[' + raw + value.slice(end)
}

/**
 * The label of a reference or definition as it must be written to keep its identifier: the
 * label as read when that gives the identifier, else the label as written, or undefined.
 */
export function labelKeepingIdentifier(node: Definition | LinkReference | ImageReference): string | undefined {
  const label = node.label ?? ''
  return identifierOf(label) === node.identifier ? label : rawLabel(label, node.identifier)
}

/**
 * A full reference written by a default handler (`[text][label]`, `![alt][label]`), with its
 * label written to keep the identifier.
 */
export function fullReferenceKeepingIdentifier(value: string, node: LinkReference | ImageReference): string {
  let start: number | undefined
  for (let index = 0; index < value.length; index++) {
    if (value[index] === '\\') index++
    else if (value[index] === '[') start = index
  }
  if (start === undefined || !value.endsWith(']') || identifierOf(value.slice(start + 1, -1)) === node.identifier) return value
  const raw = rawLabel(node.label ?? '', node.identifier)
  return raw === undefined ? value : value.slice(0, start + 1) + raw + ']'
}

/** The identifier micromark and mdast give a label written `raw`. */
function identifierOf(raw: string): string {
  return normalizeIdentifier(raw).toLowerCase()
}

/** The index of the `]` that closes the label opened by `value`'s first character. */
function labelEnd(value: string): number | undefined {
  for (let index = 1; index < value.length; index++) {
    if (value[index] === '\\') index++
    else if (value[index] === ']') return index
  }
  return undefined
}

/**
 * The label as written: the identifier (the written label, its white space collapsed and its
 * case folded) with the white space and case of `label` (the label as read) put back. Undefined
 * when no such text reads back as both.
 */
function rawLabel(label: string, identifier: string): string | undefined {
  let raw = ''
  let at = 0
  let index = 0
  const space = /[\t\n\r ]/
  while (at < label.length && space.test(label[at]!)) raw += label[at++]
  while (index < identifier.length) {
    const character = identifier[index]!
    if (character === ' ') {
      if (at >= label.length || !space.test(label[at]!)) return undefined
      while (at < label.length && space.test(label[at]!)) raw += label[at++]
      index++
      continue
    }
    // An escape or a character reference, as written: it reads as what the label holds here.
    const written = /^(?:\\[!-/:-@[-`{-~]|&(?:#\d+|#x[\da-f]+|[\da-z]+);)/.exec(identifier.slice(index))?.[0]
    const read = written === undefined ? undefined : decodeString(written)
    if (written !== undefined && read !== written && label.startsWith(read!, at)) {
      raw += written
      index += written.length
      at += read!.length
      continue
    }
    const next = label[at]
    if (next === undefined || identifierOf(next) !== character) return undefined
    raw += next
    index++
    at++
  }
  while (at < label.length && space.test(label[at]!)) raw += label[at++]
  return at === label.length && identifierOf(raw) === identifier && decodeString(raw) === label ? raw : undefined
}
