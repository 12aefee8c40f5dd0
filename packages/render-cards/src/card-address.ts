/** A card's address: absolute for the JSON and captions, and as shown on the card itself. */
export interface CardAddress {
  /** `https://samizdat.example/recommendations/messengers/signal/`, percent-encoded, ready to post. */
  href: string
  /** `samizdat.example/recommendations/messengers/signal/`: no scheme, readable Cyrillic. */
  display: string
}

/** The absolute address of a site-root-relative `path` on the site at `siteUrl`. */
export function cardAddress(siteUrl: string, path: string): CardAddress {
  const href = new URL(path.replace(/^\/+/u, ''), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href
  let display = href.replace(/^[a-z]+:\/\//iu, '')
  try {
    display = decodeURI(display)
  } catch {
    // A malformed escape stays as written: still a working address.
  }
  return {href, display}
}
