import type {Link, Parents} from 'mdast'
import type {Handle, Info, State} from 'mdast-util-to-markdown'
import {defaultHandlers} from 'mdast-util-to-markdown'
import {toString} from 'mdast-util-to-string'

// CommonMark's autolinks (spec 6.5): an email address whose domain labels start and end with a
// letter or digit, or a scheme of 2 to 32 characters.
const email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/
const uri = /^[a-zA-Z][a-zA-Z0-9+.-]{1,31}:/

/**
 * Whether the default handler would write `node` as an autolink (`<f@.m>`) that does not read
 * back as one. GFM's literal emails take domains such as `.m`, which `<…>` does not: written as
 * an autolink, such a link reads back as text and gains a pair of brackets on every round trip.
 */
function autolinkFails(node: Link): boolean {
  if (node.title || node.children.length !== 1 || node.children[0]!.type !== 'text') return false
  const text = toString(node)
  if (text === node.url) return !uri.test(text)
  return 'mailto:' + text === node.url && !email.test(text)
}

function write(node: Link, parent: Parents | undefined, state: State, info: Info): string {
  if (!autolinkFails(node)) return defaultHandlers.link(node, parent, state, info)
  const before = state.options.resourceLink
  state.options.resourceLink = true
  try {
    return defaultHandlers.link(node, parent, state, info)
  } finally {
    state.options.resourceLink = before
  }
}

// What the link starts with, for the escapes of the text before it.
const defaultPeek = (defaultHandlers.link as unknown as {peek: (node: Link, parent: Parents | undefined, state: State) => string}).peek
function peek(node: Link, parent: Parents | undefined, state: State): string {
  return autolinkFails(node) ? '[' : defaultPeek(node, parent, state)
}

/** The default `link` handler, writing `[f@.m](mailto:f@.m)` where `<f@.m>` would not read back as a link. */
export const linkKeepingAutolinks = Object.assign(write, {peek}) as Handle
