import type {Nodes} from 'mdast'
import type {ResolvedTarget} from '@samizdat/model'

/**
 * The model's decision about where a link or image points (`node.data.resolved`). A node
 * without one (a hand-made bundle) is judged from its URL: only `http(s)`/`mailto` count
 * as external and an in-page `#anchor` as the page itself; anything else is `missing`,
 * which renders as plain text, so an odd URL can never become a link.
 */
export function resolvedOf(node: Nodes, url: string, pageUrl: string): ResolvedTarget {
  const resolved = (node.data as {resolved?: ResolvedTarget} | undefined)?.resolved
  if (resolved) {
    // The sanitizer would strip a `javascript:` href anyway; this keeps its text from becoming an empty link.
    return resolved.kind === 'external' && !isWebUrl(resolved.href) ? {kind: 'missing', href: resolved.href} : resolved
  }
  if (isWebUrl(url)) return {kind: 'external', href: url}
  if (url.startsWith('#')) return {kind: 'page', href: pageUrl + url}
  return {kind: 'missing', href: url}
}

/** Only these leave the site as links: `http(s)` and `mailto`. */
export function isWebUrl(url: string): boolean {
  return /^(?:https?:\/\/|mailto:)/i.test(url)
}

/** `rel` for every link that leaves the site: no `window.opener`, no `Referer`. */
export const externalRel = ['noopener', 'noreferrer']
