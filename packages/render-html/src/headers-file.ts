import {contentSecurityPolicy} from './layout/head.js'

/**
 * `_headers` (the format Netlify and Cloudflare Pages read): the pages' Content-Security-Policy
 * and friends for every path, so that a host that reads it also covers files that are not our
 * pages (an SVG opened on its own, a published HTML file), where a `<meta>` cannot reach.
 * The README shows the same headers for nginx and Caddy.
 */
export function headersFile(): string {
  return ['/*', ...securityHeaders.map(([name, value]) => `  ${name}: ${value}`), ''].join('\n')
}

/** The HTTP headers every response of the site should carry. */
export const securityHeaders: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', contentSecurityPolicy],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Cross-Origin-Opener-Policy', 'same-origin']
]
