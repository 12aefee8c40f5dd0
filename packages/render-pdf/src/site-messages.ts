import {messagesFor, type Messages} from '@samizdat/messages'
import type {SiteConfig} from '@samizdat/model'

const cache = new WeakMap<SiteConfig, Messages>()

/** The catalogue of the site's language with its overrides, worked out once per bundle. */
export function siteMessages(bundle: {site: SiteConfig}): Messages {
  let messages = cache.get(bundle.site)
  if (messages === undefined) {
    messages = messagesFor(bundle.site.language, bundle.site.messages)
    cache.set(bundle.site, messages)
  }
  return messages
}
